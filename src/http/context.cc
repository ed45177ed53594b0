// Context helpers and the response constructors.
#include "http/context.h"

#include <charconv>

namespace safeboard::http {

std::int64_t Context::Id(const std::string& name) const {
  auto it = params.find(name);
  if (it == params.end()) throw NotFound{};
  std::int64_t id = 0;
  const std::string& text = it->second;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) throw NotFound{};
  return id;
}

void Context::Audit(auth::AuditAction action, const std::string& record_type,
                    std::optional<std::int64_t> record_id, const std::string& detail) const {
  auth::Audit(db, clock,
              {user_id(), partnership ? std::optional(partnership->id) : std::nullopt, action,
               record_type, record_id, detail, request.remote_address});
}

std::string Context::PartnershipPath(const std::string& rest) const {
  return "/p/" + partnership->slug + rest;
}

Response HtmlResponse(int status, std::string body) {
  return Response{status, {{"Content-Type", "text/html; charset=utf-8"}}, std::move(body)};
}

Response Redirect(const std::string& location) {
  return Response{303, {{"Location", location}, {"Content-Type", "text/plain; charset=utf-8"}}, ""};
}

Response JsonResponse(int status, std::string body) {
  return Response{status, {{"Content-Type", "application/json"}}, std::move(body)};
}

}  // namespace safeboard::http
