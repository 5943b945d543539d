package lv.pietura.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from. The web tier fills it in once per request; the audit log reads
 * it, so no facade method carries the client's address as a parameter.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void clientAddress(String address) {
        this.clientAddress = address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
