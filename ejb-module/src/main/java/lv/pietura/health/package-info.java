/**
 * What operators and load balancers read: MicroProfile Health checks (database readiness, the delivery
 * worker's liveness), served by WildFly at {@code /health/ready} and {@code /health/live} on the
 * management interface, and the delivery worker's meters.
 * <p>
 * Built into a library jar of its own in the EAR's {@code lib}, not into the EJB jar: WildFly 39 finds
 * the health checks of an EAR only in its libraries. So this package depends on nothing else of Pietura
 * (the EJB jar sees it; it cannot see the EJB jar).
 */
package lv.pietura.health;
