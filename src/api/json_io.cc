// Shared JSON handler pieces.
#include "api/json_io.h"

#include <algorithm>

#include "api/json_fields.h"

namespace safeboard::api {

namespace json = boost::json;
using http::Context;
using http::Response;

Response Json(int status, const json::value& value) {
  return http::JsonResponse(status, json::serialize(value));
}

Response Error(int status, const std::string& message) {
  return Json(status, json::object{{"error", message}});
}

Response FieldErrorsResponse(const core::FieldErrors& errors) {
  json::object fields;
  for (const auto& e : errors.all()) fields[e.field] = e.message;
  return Json(422, json::object{{"errors", fields}});
}

std::optional<core::FieldValues> ReadBody(const Context& ctx, std::string& error) {
  return JsonFields(ctx.request.body, error);
}

core::FieldErrors UnknownFields(const core::FieldValues& values, std::span<const std::string_view> writable,
                                const core::FieldValues& read_only) {
  core::FieldErrors errors;
  for (const auto& [field, value] : values) {
    if (std::find(writable.begin(), writable.end(), field) != writable.end()) continue;
    if (auto it = read_only.find(field); it != read_only.end()) {
      if (it->second != value) errors.Add(field, "Read-only: it cannot be changed here");
      continue;
    }
    errors.Add(field, "Unknown field: this API does not store it");
  }
  return errors;
}

json::value DateJson(const std::optional<core::Date>& d) {
  if (!d) return nullptr;
  return json::value(core::FormatDate(*d));
}
json::value IdJson(const std::optional<std::int64_t>& id) {
  if (!id) return nullptr;
  return json::value(*id);
}

}  // namespace safeboard::api
