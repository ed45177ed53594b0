// Shared JSON handler pieces.
#include "api/json_io.h"

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
  boost::system::error_code ec;
  json::value body = json::parse(ctx.request.body, ec);
  if (ec || !body.is_object()) {
    error = "The request body must be a JSON object";
    return std::nullopt;
  }
  core::FieldValues values;
  for (const auto& [key, value] : body.as_object()) {
    std::string text;
    if (value.is_string()) text = std::string(value.as_string());
    else if (value.is_int64()) text = std::to_string(value.as_int64());
    else if (value.is_uint64()) text = std::to_string(value.as_uint64());
    else if (value.is_double()) text = json::serialize(value);
    else if (value.is_bool()) text = value.as_bool() ? "true" : "";
    else if (value.is_null()) text = "";
    else {
      error = "Field " + std::string(key) + " must be a string, number, boolean or null";
      return std::nullopt;
    }
    values.emplace(std::string(key), std::move(text));
  }
  return values;
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
