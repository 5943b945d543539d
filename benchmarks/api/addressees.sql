-- Benchmark 4's baseline: the addressee search's SQL for two parts of words of a name, drawn like the
-- simulation draws them (AddresseeSearchSimulation.PARTS, folded as the application folds a query); the
-- words are written into the statement as the application's are bound, so the trigram index serves it.
\set a random(1, 42)
\set b random(1, 42)
select (array['ozol','dzint','liep','berz','kaln','jur','saul','menes','zvaigzn','abel',
    'rudz','kvies','egl','prie','snieg','akmen','dzelz','zelt','sudrab','lauk','plav','mez','ezer','straut','krast',
    'tilt','darz','vitol','klav','medu','maiz','piens','laiv','enkur','viln','smilt','kiegel','teraud','stikl',
    'papir','audum','dzij'])[:a] as wa,
       (array['ozol','dzint','liep','berz','kaln','jur','saul','menes','zvaigzn','abel',
    'rudz','kvies','egl','prie','snieg','akmen','dzelz','zelt','sudrab','lauk','plav','mez','ezer','straut','krast',
    'tilt','darz','vitol','klav','medu','maiz','piens','laiv','enkur','viln','smilt','kiegel','teraud','stikl',
    'papir','audum','dzij'])[:b] as wb \gset
select id, kind, identifier, name, activated
from eaddress_account
where kind <> 'PERSON' and kind <> 'PLATFORM'
  and search_name like '%:wa%' and search_name like '%:wb%'
order by search_name
limit 20;
