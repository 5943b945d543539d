/**
 * The official electronic address (e-address) inside Pietura: the addressee catalogue of accounts
 * (institutions, companies, persons), staff rights on their institution's mailbox, messages with files,
 * delivery by a worker through a {@link lv.pietura.eaddress.EAddressGateway} (the internal mailbox by
 * default), legal timestamps and read receipts, and the automatic sending of service results.
 * Depends on {@code cases}, {@code calendar}, {@code organisation} and {@code files}; nothing below
 * depends on it.
 */
package lv.pietura.eaddress;
