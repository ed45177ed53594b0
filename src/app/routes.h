// The one route table: each route names its method, path pattern, the permission it needs and
// its handler. The dispatcher (http/app.cc), the OpenAPI check and the route-by-role test all
// read this table.
#pragma once
#include <span>
#include <string_view>

#include "auth/policy.h"
#include "http/context.h"

namespace safeboard::app {

enum class RouteKind { kPage, kApi, kStatic };

struct Route {
  std::string_view method;
  std::string_view pattern;  // "/p/{slug}/groups/{id}"; a {slug} names the partnership
  auth::Permission permission;
  http::RouteHandler handler;
  RouteKind kind;
  std::string_view summary;
  bool slow = false;  // runs off the network threads (password hashing)
  // The permission is necessary but the record decides too (e.g. only the group's chair or
  // the board team may accept a late paper): such a route may answer 403 to allowed roles.
  bool record_check = false;
};

std::span<const Route> Routes();

// Matches `path` against `pattern`, filling params. Segments in braces match any non-empty
// segment.
bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params);

}  // namespace safeboard::app
