// What every JSON handler shares: responses, per-field errors, reading a JSON object body into
// the same FieldValues the page forms give the validators, and dates and ids as JSON.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <span>
#include <string>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"
#include "http/context.h"

namespace safeboard::api {

http::Response Json(int status, const boost::json::value& value);
http::Response Error(int status, const std::string& message);
// 422 with {"errors": {"field": "message"}}.
http::Response FieldErrorsResponse(const core::FieldErrors& errors);
// Reads a JSON object body into FieldValues (numbers and booleans as text, null as blank).
// Returns nullopt (and sets `error`) when the body is not a JSON object.
std::optional<core::FieldValues> ReadBody(const http::Context& ctx, std::string& error);
// A stored vocabulary value as its code.
template <typename Enum>
boost::json::value CodeJson(std::span<const core::Term<Enum>> terms, Enum value) {
  return boost::json::value(std::string(core::CodeOf(terms, value)));
}

// RULE: issue 14 - the API refuses a field it does not store, never ignoring it: one message
// per field not in `writable`. A field in `read_only` (what GET returns, by its value as text)
// may be sent back unchanged.
core::FieldErrors UnknownFields(const core::FieldValues& values, std::span<const std::string_view> writable,
                                const core::FieldValues& read_only = {});

boost::json::value DateJson(const std::optional<core::Date>& d);
boost::json::value IdJson(const std::optional<std::int64_t>& id);

}  // namespace safeboard::api
