/**
 * The official electronic address (e-address) inside Pietura: the addressee catalogue of accounts
 * (institutions, companies, persons), staff rights on their institution's mailbox, messages with files,
 * delivery by a worker through a {@link lv.pietura.eaddress.EAddressGateway} (the internal mailbox by
 * default), legal timestamps and read receipts, and the automatic sending of service results.
 * Uses the areas below it ({@code cases}, {@code catalogue}, {@code calendar}, {@code organisation}) and
 * the cross-cutting packages; of the areas only {@code kpi} uses it. Single sign-on reaches the holders
 * through {@link lv.pietura.security.HolderIdentities}, which {@link lv.pietura.eaddress.HolderSignIn}
 * implements.
 */
package lv.pietura.eaddress;
