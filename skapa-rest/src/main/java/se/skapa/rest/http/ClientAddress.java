package se.skapa.rest.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The address a request came from, for the sign-in throttle. The connection's own address, unless
 * it is one of the operator's reverse proxies ({@code SKAPA_TRUSTED_PROXIES}): then the nearest
 * address in {@code X-Forwarded-For} that is not a trusted proxy. A header from anyone else is
 * ignored, so a client cannot choose its own address.
 */
public final class ClientAddress {

  private final Set<String> trusted;

  /**
   * @param trustedProxies the addresses of the operator's reverse proxies; not null
   */
  public ClientAddress(List<String> trustedProxies) {
    this.trusted = Set.copyOf(trustedProxies);
  }

  /**
   * @param ctx the request; not null
   * @return the client's address as far as it can be trusted
   */
  public String of(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    if (!trusted.contains(peer)) {
      return peer;
    }
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return peer;
  }
}
