/**
 * Access: organisations, their services, API keys, staff accounts and sessions; the ports
 * OrganisationStore, KeyStore, AccountStore and SessionStore.
 */
package se.skapa.app.access;
