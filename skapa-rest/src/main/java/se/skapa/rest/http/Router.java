package se.skapa.rest.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a routes class declares its routes, each with who may call it. A route is registered with
 * Javalin and recorded in the route table in one step, so the table the contract test holds against
 * the OpenAPI document cannot drift from the server; each API path answers a CORS preflight once.
 */
public final class Router {

  /** Who may call a route. */
  public enum Access {
    /** Anyone: the health check, the document and its page. */
    OPEN,
    /** A caller of the stateless API: a key of {@code SKAPA_API_KEYS} when any is set. */
    CALLER,
    /** An operator, with a key of {@code SKAPA_OPERATOR_KEYS}: creating organisations. */
    OPERATOR,
    /** A key of an organisation; the use case then checks the organisation and the role. */
    MEMBER
  }

  /** Admits a request to a route of some access, or throws the 401, 403 or 503 problem. */
  @FunctionalInterface
  public interface Admission {
    /**
     * @param ctx the request
     * @param access what the route asks for
     */
    void admit(Context ctx, Access access);
  }

  private final RoutesConfig routes;
  private final Admission admission;
  private final List<Route> table = new ArrayList<>();
  private final Map<String, Set<String>> methods = new HashMap<>();

  /**
   * @param routes Javalin's routes
   * @param admission how a request is admitted
   */
  public Router(RoutesConfig routes, Admission admission) {
    this.routes = routes;
    this.admission = admission;
  }

  /**
   * @param path the path, with {@code {params}}
   * @param access who may call it
   * @param h the handler
   */
  public void get(String path, Access access, Handler h) {
    routes.get(path, admitted(access, h));
    add("GET", path);
  }

  /**
   * @param path the path, with {@code {params}}
   * @param access who may call it
   * @param h the handler
   */
  public void post(String path, Access access, Handler h) {
    routes.post(path, admitted(access, h));
    add("POST", path);
  }

  /**
   * @param path the path, with {@code {params}}
   * @param access who may call it
   * @param h the handler
   */
  public void put(String path, Access access, Handler h) {
    routes.put(path, admitted(access, h));
    add("PUT", path);
  }

  /**
   * @param path the path, with {@code {params}}
   * @param access who may call it
   * @param h the handler
   */
  public void delete(String path, Access access, Handler h) {
    routes.delete(path, admitted(access, h));
    add("DELETE", path);
  }

  /**
   * @return every route declared so far
   */
  public List<Route> table() {
    return List.copyOf(table);
  }

  private Handler admitted(Access access, Handler h) {
    if (access == Access.OPEN) {
      return h;
    }
    return ctx -> {
      admission.admit(ctx, access);
      h.handle(ctx);
    };
  }

  private void add(String method, String path) {
    table.add(new Route(method, path));
    if (!path.startsWith("/api/")) {
      return;
    }
    Set<String> known = methods.get(path);
    if (known == null) {
      Set<String> mine = new TreeSet<>(Set.of("OPTIONS"));
      methods.put(path, mine);
      // A preflight, or a client asking what the path takes: its own methods, no others.
      routes.options(
          path,
          ctx -> {
            String allow = String.join(", ", mine);
            ctx.header("Allow", allow);
            if (ctx.res().getHeader("Access-Control-Allow-Origin") != null) {
              ctx.header("Access-Control-Allow-Methods", allow);
            }
            ctx.status(204);
          });
      known = mine;
    }
    known.add(method);
  }
}
