package se.skapa.rest.http;

/**
 * One documented route: the table that registers handlers is the table tests hold against the
 * OpenAPI document.
 */
public record Route(String method, String path) {}
