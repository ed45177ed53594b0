// What a handler gets: the request, its own database connection, the clock, who is asking,
// the partnership named in the URL (already checked visible to them) and the parsed input.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "auth/accounts.h"
#include "auth/audit.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "governance/governance.h"
#include "http/form.h"
#include "http/message.h"
#include "http/multipart.h"
#include "storage/database.h"

namespace safeboard::http {

// Thrown by handlers for an unknown record; the dispatcher answers 404.
struct NotFound {};

struct Context {
  const Request& request;
  storage::Connection& db;
  const core::Clock& clock;
  std::optional<auth::Session> session;
  std::optional<governance::Partnership> partnership;
  auth::Role role = auth::Role::kAnonymous;
  auth::Access access;                         // role plus the panels that open case records
  bool Can(auth::Permission permission) const { return auth::Allows(access, permission); }
  std::string csrf_token;                      // to put in forms
  std::map<std::string, std::string> params;   // from the route pattern: {slug}, {id}
  Form query;
  Form form;                                   // url-encoded POST body (or multipart fields)
  std::vector<Part> files;                     // file parts of a multipart POST
  bool secure_cookies = true;
  // Email (issue 15): whether the server sends email (serve --smtp); a handler then queues
  // messages in mail::Outbox within its transaction. Links in messages start with base_url.
  bool mail_enabled = false;
  std::string base_url;

  // The {name} path parameter as an id; throws NotFound if it is not a positive integer.
  std::int64_t Id(const std::string& name) const;
  std::int64_t partnership_id() const { return partnership->id; }
  std::optional<std::int64_t> user_id() const {
    if (!session) return std::nullopt;
    return session->user.id;
  }
  // Appends to the audit log as this user, in this partnership.
  void Audit(auth::AuditAction action, const std::string& record_type,
             std::optional<std::int64_t> record_id, const std::string& detail = "") const;
  // "/p/<slug>" + rest.
  std::string PartnershipPath(const std::string& rest = "") const;
};

using RouteHandler = Response (*)(Context&);

// Response helpers shared by pages and the API.
Response HtmlResponse(int status, std::string body);
Response Redirect(const std::string& location);
Response JsonResponse(int status, std::string body);

}  // namespace safeboard::http
