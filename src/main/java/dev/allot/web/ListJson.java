package dev.allot.web;

import java.util.List;

/** A list answered by the admin API: the items under "value", as Graph does, so one client reads both. */
public record ListJson<T>(List<T> value) {
}
