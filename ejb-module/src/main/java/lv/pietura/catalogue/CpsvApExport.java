package lv.pietura.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The published catalogue in the EU Core Public Service Vocabulary application profile (CPSV-AP), as
 * JSON-LD, for national and European portals to harvest: each service with its competent authority,
 * legal resources, channels, costs, processing time, required evidence and outputs.
 */
@ApplicationScoped
class CpsvApExport {

    JsonObject catalogue(List<ServiceCard> cards, String baseUri) {
        JsonArrayBuilder graph = Json.createArrayBuilder();
        for (ServiceCard card : cards) {
            graph.add(service(card, baseUri));
        }
        return Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createObjectBuilder()
                                .add("cpsv", "http://purl.org/vocab/cpsv#")
                                .add("cv", "http://data.europa.eu/m8g/")
                                .add("dct", "http://purl.org/dc/terms/")
                                .add("skos", "http://www.w3.org/2004/02/skos/core#")
                                .add("eli", "http://data.europa.eu/eli/ontology#")
                                .add("schema", "https://schema.org/"))
                .add("@graph", graph)
                .build();
    }

    private JsonObject service(ServiceCard card, String baseUri) {
        JsonObjectBuilder service = Json.createObjectBuilder()
                .add("@id", baseUri + "/api/catalogue/services/" + card.code())
                .add("@type", "cpsv:PublicService")
                .add("dct:identifier", card.code())
                .add("dct:title", texts(card.name().lv(), card.name().en()))
                .add(
                        "dct:description",
                        texts(card.description().lv(), card.description().en()))
                .add(
                        "cv:hasCompetentAuthority",
                        Json.createObjectBuilder()
                                .add("@id", baseUri + "/api/directory/institutions/" + card.holderRegistrationNumber())
                                .add("@type", "cv:PublicOrganisation")
                                .add("dct:identifier", card.holderRegistrationNumber())
                                .add(
                                        "skos:prefLabel",
                                        texts(
                                                card.holderName().lv(),
                                                card.holderName().en())))
                .add("cv:processingTime", "P" + card.deadlineDays() + "D")
                .add("schema:validFrom", card.validFrom().toString());
        if (card.territory().lv() != null) {
            service.add(
                    "dct:spatial", texts(card.territory().lv(), card.territory().en()));
        }
        JsonArrayBuilder legal = Json.createArrayBuilder();
        for (ServiceCard.LegalActView act : card.legalActs()) {
            JsonObjectBuilder resource = Json.createObjectBuilder()
                    .add("@type", "eli:LegalResource")
                    .add("dct:title", act.article() == null ? act.title() : act.title() + ", " + act.article());
            if (act.url() != null) {
                resource.add("@id", act.url());
            }
            legal.add(resource);
        }
        service.add("cv:hasLegalResource", legal);
        JsonArrayBuilder channels = Json.createArrayBuilder();
        for (Channel channel : card.requestChannels()) {
            JsonObjectBuilder node =
                    Json.createObjectBuilder().add("@type", "cv:Channel").add("dct:type", channel.name());
            if (channel == Channel.E_SERVICE && card.eServiceUrl() != null) {
                node.add("@id", card.eServiceUrl());
            }
            channels.add(node);
        }
        service.add("cv:hasChannel", channels);
        JsonArrayBuilder costs = Json.createArrayBuilder();
        for (ServiceCard.FeeView fee : card.fees()) {
            costs.add(Json.createObjectBuilder()
                    .add("@type", "cv:Cost")
                    .add("cv:value", fee.amount().euro())
                    .add("cv:currency", "EUR")
                    .add(
                            "dct:description",
                            texts(fee.description().lv(), fee.description().en())));
        }
        service.add("cv:hasCost", costs);
        JsonArrayBuilder inputs = Json.createArrayBuilder();
        for (ServiceCard.DocumentView document : card.documents()) {
            inputs.add(Json.createObjectBuilder()
                    .add("@type", "cv:Evidence")
                    .add(
                            "dct:title",
                            texts(document.name().lv(), document.name().en())));
        }
        service.add("cpsv:hasInput", inputs);
        JsonArrayBuilder outputs = Json.createArrayBuilder();
        for (ServiceCard.ResultTypeView result : card.resultTypes()) {
            outputs.add(Json.createObjectBuilder()
                    .add("@type", "cv:Output")
                    .add("dct:identifier", result.code())
                    .add("dct:title", texts(result.name().lv(), result.name().en())));
        }
        service.add("cpsv:produces", outputs);
        JsonArrayBuilder related = Json.createArrayBuilder();
        for (ServiceCard.RelatedView other : card.related()) {
            related.add(Json.createObjectBuilder().add("@id", baseUri + "/api/catalogue/services/" + other.code()));
        }
        service.add("dct:relation", related);
        return service.build();
    }

    private static JsonArrayBuilder texts(String lv, String en) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        if (lv != null) {
            values.add(Json.createObjectBuilder().add("@value", lv).add("@language", "lv"));
        }
        if (en != null) {
            values.add(Json.createObjectBuilder().add("@value", en).add("@language", "en"));
        }
        return values;
    }
}
