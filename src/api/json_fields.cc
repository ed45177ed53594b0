#include "api/json_fields.h"

#include <boost/json.hpp>

namespace safeboard::api {

std::optional<core::FieldValues> JsonFields(std::string_view text, std::string& error) {
  namespace json = boost::json;
  boost::system::error_code ec;
  json::value body = json::parse(text, ec);
  if (ec || !body.is_object()) {
    error = "The request body must be a JSON object";
    return std::nullopt;
  }
  core::FieldValues values;
  for (const auto& [key, value] : body.as_object()) {
    std::string field;
    if (value.is_string()) field = std::string(value.as_string());
    else if (value.is_int64()) field = std::to_string(value.as_int64());
    else if (value.is_uint64()) field = std::to_string(value.as_uint64());
    else if (value.is_double()) field = json::serialize(value);
    else if (value.is_bool()) field = value.as_bool() ? "true" : "";
    else if (value.is_null()) field = "";
    else if (value.is_array()) {
      // A list of strings or ids, one per line (an agency's other names, a quorum's agencies).
      for (const auto& item : value.as_array()) {
        std::string line;
        if (item.is_string()) line = std::string(item.as_string());
        else if (item.is_int64()) line = std::to_string(item.as_int64());
        else if (item.is_uint64()) line = std::to_string(item.as_uint64());
        else {
          error = "Field " + std::string(key) + " must be a list of strings or whole numbers";
          return std::nullopt;
        }
        field += (field.empty() ? "" : "\n") + line;
      }
    } else {
      error = "Field " + std::string(key) + " must be a string, number, boolean, null or a list of strings";
      return std::nullopt;
    }
    values.emplace(std::string(key), std::move(field));
  }
  return values;
}

}  // namespace safeboard::api
