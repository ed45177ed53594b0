// Request dispatch: routing, sessions, authorisation, CSRF, security headers.
#include "app/app.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include <boost/json.hpp>

#include "api/json_io.h"
#include "auth/audit.h"
#include "core/date.h"
#include "core/text.h"
#include "governance/store.h"
#include "http/cookies.h"
#include "http/multipart.h"
#include "app/routes.h"
#include "ui/pages/common.h"

namespace safeboard::app {

using namespace safeboard::http;
namespace {

// The fields of a write whose text cannot be stored (issue 12): form fields, multipart fields
// and file names, and the string members of a JSON object body.
core::FieldErrors UnstorableFields(const Context& ctx, RouteKind kind) {
  core::FieldErrors errors;
  auto check = [&](std::string_view name, std::string_view value) {
    if (auto problem = core::StorableTextProblem(name); !problem.empty())
      errors.Add("(a field name)", problem);
    else if (auto problem = core::StorableTextProblem(value); !problem.empty())
      errors.Add(std::string(name), problem);
  };
  if (kind == RouteKind::kApi) {
    namespace json = boost::json;
    json::parse_options options;
    options.allow_invalid_utf8 = true;  // to name the field, rather than refuse the whole body
    boost::system::error_code ec;
    json::value body = json::parse(ctx.request.body, ec, {}, options);
    if (ec || !body.is_object()) return errors;  // the handler answers 400 for a non-object
    for (const auto& [key, value] : body.as_object())
      check(key, value.is_string() ? std::string_view(value.as_string()) : std::string_view());
    return errors;
  }
  for (const auto& [name, value] : ctx.form.fields()) check(name, value);
  for (const auto& file : ctx.files) {
    check(file.name, "");
    if (file.file_name) check(file.name, *file.file_name);
  }
  return errors;
}

bool IsWrite(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

std::string ContentTypeOf(const std::string& path) {
  auto ext = std::filesystem::path(path).extension().string();
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".png") return "image/png";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".json") return "application/json";
  return "application/octet-stream";
}

Response ErrorResponse(const Context& ctx, RouteKind kind, int status) {
  if (kind == RouteKind::kApi) {
    std::string message = status == 404   ? "Not found"
                          : status == 403 ? "You do not have permission to do that"
                          : status == 401 ? "Sign in first"
                                          : "The request was refused";
    return JsonResponse(status, "{\"error\":\"" + message + "\"}");
  }
  return ui::pages::ErrorPage(ctx, status);
}

}  // namespace

App::App(storage::ConnectionPool& pool, const core::Clock& clock, AppOptions options)
    : pool_(pool), clock_(clock), options_(std::move(options)) {
  LoadStaticFiles();
}

void App::LoadStaticFiles() {
  namespace fs = std::filesystem;
  if (options_.static_dir.empty() || !fs::is_directory(options_.static_dir)) {
    if (!options_.static_dir.empty())
      std::cerr << "warning: static directory " << options_.static_dir
                << " not found; pages will be unstyled (run scripts/build-web)\n";
    return;
  }
  for (const auto& entry : fs::recursive_directory_iterator(options_.static_dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    std::string url = "/static/" + fs::relative(entry.path(), options_.static_dir).generic_string();
    static_files_[url] = {ContentTypeOf(url), body.str()};
  }
}

bool App::IsSlow(const Request& request) const {
  std::map<std::string, std::string> params;
  for (const auto& route : Routes())
    if (route.slow && route.method == request.method && MatchPattern(route.pattern, request.path, params))
      return true;
  return false;
}

Response App::ServeStatic(const Request& request) {
  auto it = static_files_.find(request.path);
  if (it == static_files_.end()) {
    Response r{404, {{"Content-Type", "text/plain; charset=utf-8"}}, "Not found"};
    AddSecurityHeaders(r, false);
    return r;
  }
  Response r{200, {{"Content-Type", it->second.content_type}}, it->second.body};
  r.SetHeader("Cache-Control", "public, max-age=3600");
  AddSecurityHeaders(r, false);
  return r;
}

Response App::Handle(const Request& request) {
  if (request.path.starts_with("/static/")) return ServeStatic(request);
  try {
    if (!options_.public_hosts.empty()) {
      // RULE: issue 18 - a board's own host name serves its public site at the root, and nothing
      // else: every path there is a path of the public site.
      std::string host = core::AsciiLower(std::string(request.Header("host")));
      if (auto colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos) host.resize(colon);
      if (auto site = options_.public_hosts.find(host); site != options_.public_hosts.end() &&
                                                        !request.path.starts_with("/public/")) {
        Request inside = request;
        inside.path = "/public/" + site->second + (request.path == "/" ? "" : request.path);
        inside.target = inside.path + (request.query.empty() ? "" : "?" + request.query);
        return Dispatch(inside);
      }
    }
    return Dispatch(request);
  } catch (const std::exception& e) {
    // RULE: issue 5 - nothing from a case record in any log: PostgreSQL's DETAIL repeats the
    // row's values, so only the message before it is logged. The path holds ids, never names.
    std::string what = e.what();
    if (auto detail = what.find("DETAIL:"); detail != std::string::npos) what.resize(detail);
    std::cerr << "error: " << request.method << " " << request.path << ": " << what << "\n";
    Response r{500, {{"Content-Type", "text/plain; charset=utf-8"}},
               "Sorry, there is a problem with the service. Nothing was saved."};
    AddSecurityHeaders(r, true);
    return r;
  }
}

namespace {

// The route for the request's method and path, its parameters in ctx.params; nullptr and
// `path_matched` when only the method is wrong (405 rather than 404).
const Route* FindRoute(const Request& request, Context& ctx, bool& path_matched) {
  path_matched = false;
  for (const auto& candidate : Routes()) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(candidate.pattern, request.path, params)) continue;
    path_matched = true;
    if (candidate.method != request.method) continue;
    ctx.params = std::move(params);
    return &candidate;
  }
  return nullptr;
}

// The session from its cookie, and the CSRF token: the session's, or before sign-in a
// double-submit cookie. True when a new pre-session cookie must be set.
bool LoadSessionAndCsrfToken(Context& ctx, const core::Clock& clock, bool secure_cookies) {
  auto cookies = ParseCookies(ctx.request.Header("cookie"));
  if (auto it = cookies.find(SessionCookieName(secure_cookies)); it != cookies.end())
    ctx.session = auth::FindSession(ctx.db, clock, it->second);
  if (ctx.session) {
    ctx.csrf_token = ctx.session->csrf_token;
    return false;
  }
  if (auto it = cookies.find(PreSessionCsrfCookieName(secure_cookies)); it != cookies.end() && it->second.size() == 64) {
    ctx.csrf_token = it->second;
    return false;
  }
  ctx.csrf_token = auth::RandomToken();
  return true;
}

// The role outside any partnership, then, for a /p/{slug} route, the partnership and the role
// the user's current memberships there give. False when the partnership is not one the user
// may see.
bool ResolveAccess(Context& ctx, const Route& route, const core::Clock& clock) {
  bool signed_in = ctx.session.has_value();
  bool is_admin = signed_in && ctx.session->user.is_admin;
  ctx.access = auth::DeriveAccess(signed_in, is_admin, {});
  ctx.role = ctx.access.role;
  auto slug = ctx.params.find("slug");
  if (slug == ctx.params.end()) return true;
  governance::GovernanceStore store(ctx.db);
  ctx.partnership = store.FindPartnership(slug->second);
  if (ctx.partnership && signed_in) {
    auto memberships =
        store.CurrentMembershipsOfUser(ctx.partnership->id, ctx.session->user.id, core::DateOf(clock.Now()));
    ctx.access = auth::DeriveAccess(true, is_admin, memberships);
    ctx.role = ctx.access.role;
  }
  // A partnership the user cannot see is answered exactly like one that does not exist, so
  // nothing reveals another partnership's existence.
  bool public_route = route.permission == auth::Permission::kPublic;
  return ctx.partnership && !(signed_in && ctx.role == auth::Role::kOutsider && !public_route);
}

// Reads a write's body into ctx.form and ctx.files and returns the CSRF token it sent (the API
// sends it as a header); nullopt for a multipart body that cannot be read.
std::optional<std::string> ReadWriteBody(Context& ctx, const Route& route) {
  if (route.kind == RouteKind::kApi) return std::string(ctx.request.Header("x-csrf-token"));
  auto boundary = MultipartBoundary(ctx.request.Header("content-type"));
  if (boundary.empty()) {
    ctx.form = Form::Parse(ctx.request.body);
    return ctx.form.Get("csrf_token");
  }
  auto parts = ParseMultipart(ctx.request.body, boundary);
  if (!parts) return std::nullopt;
  for (auto& part : *parts) {
    if (part.file_name)
      ctx.files.push_back(std::move(part));
    else
      ctx.form.Add(part.name, part.data);
  }
  return ctx.form.Get("csrf_token");
}

}  // namespace

Response App::Dispatch(const Request& request) {
  auto lease = pool_.Acquire();
  // A GET's reads (session, partnership, role, the page's queries) see one snapshot, taken once.
  std::optional<storage::ReadSnapshot> snapshot;
  if (!IsWrite(request.method)) snapshot.emplace(*lease);
  Context ctx{request, *lease, clock_};
  ctx.secure_cookies = options_.secure_cookies;
  ctx.mail_enabled = options_.mail_enabled;
  ctx.base_url = options_.base_url;
  ctx.query = Form::Parse(request.query);
  bool signed_in = false;
  auto answer = [&](Response r) {
    AddSecurityHeaders(r, signed_in);
    return r;
  };

  bool path_matched = false;
  const Route* route = FindRoute(request, ctx, path_matched);
  if (!route)
    return answer(ErrorResponse(ctx, request.path.starts_with("/api/") ? RouteKind::kApi : RouteKind::kPage,
                                path_matched ? 405 : 404));
  bool set_pre_session_cookie = LoadSessionAndCsrfToken(ctx, clock_, options_.secure_cookies);
  signed_in = ctx.session.has_value();
  if (!ResolveAccess(ctx, *route, clock_)) return answer(ErrorResponse(ctx, route->kind, 404));

  auto audit_denied = [&](const std::string& why) {
    auth::Audit(ctx.db, clock_,
                {ctx.user_id(), ctx.partnership ? std::optional(ctx.partnership->id) : std::nullopt,
                 auth::AuditAction::kDenied, "route", std::nullopt,
                 std::string(request.method) + " " + std::string(route->pattern) + ": " + why,
                 request.remote_address});
  };
  auto deny = [&](int status, const std::string& why) {
    audit_denied(why);
    if (status == 401 && route->kind == RouteKind::kPage)
      return answer(Redirect("/sign-in?next=" + PercentEncode(request.target)));
    return answer(ErrorResponse(ctx, route->kind, status));
  };

  // RULE: deny by default - every route names its permission; the policy decides.
  if (!auth::Allows(ctx.access, route->permission))
    return deny(signed_in ? 403 : 401, std::string(auth::RoleName(ctx.role)) + " lacks " +
                                           std::string(auth::PermissionName(route->permission)));
  if (IsWrite(request.method)) {
    auto sent = ReadWriteBody(ctx, *route);
    if (!sent) return answer(ErrorResponse(ctx, route->kind, 400));
    // RULE: CSRF token on every form (and every API write).
    if (!auth::SameToken(*sent, ctx.csrf_token)) return deny(403, "missing or wrong CSRF token");
    if (auto errors = UnstorableFields(ctx, route->kind); !errors.empty())
      return answer(route->kind == RouteKind::kApi ? api::FieldErrorsResponse(errors)
                                                   : ui::pages::UnstorableTextPage(ctx, errors));
  }

  Response response;
  try {
    response = route->handler(ctx);
  } catch (const NotFound&) {
    response = ErrorResponse(ctx, route->kind, 404);
  }
  // RULE: issue 12 - a refusal by a record check (the route allowed the role, the record did
  // not) is audited like a refusal by the route's permission.
  if (response.status == 403) audit_denied("refused by the record's check");
  // RULE: issue 18 - a page every visitor shares from caches (the public site's) never carries
  // one visitor's own token.
  bool shared_by_caches = response.Header("Cache-Control").starts_with("public");
  if (set_pre_session_cookie && !ctx.session && !shared_by_caches) {
    std::string cookie = PreSessionCsrfCookieName(options_.secure_cookies) + "=" + ctx.csrf_token +
                         "; Path=/; HttpOnly; SameSite=Lax";
    if (options_.secure_cookies) cookie += "; Secure";
    response.headers.emplace_back("Set-Cookie", cookie);
  }
  AddSecurityHeaders(response, signed_in || ctx.session.has_value());
  return response;
}

}  // namespace safeboard::app
