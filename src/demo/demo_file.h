// Reading the demo board's file (demo/mkscb-2011-12.json, compiled into the binary): what each
// area's demo.cc shares. Each area loads its own part through its own store, in the order
// cli/demo.cc calls them, and records the keys it created so later parts can refer to them.
// A value the file gets wrong (an unknown key, code or date) throws with what and where.
#pragma once
#include <boost/json.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"
#include "storage/database.h"

namespace safeboard::demo {

namespace json = boost::json;

// The demo file as parsed once.
const json::object& DemoFile();

// The load in progress: the connection (inside the load's one transaction), the partnership,
// and the ids created for the file's keys, by kind.
struct DemoLoad {
  storage::Connection& db;
  core::Clock& clock;
  const json::object& file;
  std::int64_t partnership_id = 0;
  std::map<std::string, std::int64_t> agencies, people, groups, meetings, child_deaths;
  std::map<std::int64_t, std::string> meeting_dates;  // meeting id -> "YYYY-MM-DD"
};

std::string Str(const json::object& o, std::string_view key);
// The fields of a JSON object that are strings, as form values for an area's reader.
core::FieldValues StringFields(const json::object& o);  // "" when absent or null
std::optional<core::Date> OptDate(const json::object& o, std::string_view key);
core::Date RequiredDate(const json::object& o, std::string_view key);
std::int64_t Ref(const std::map<std::string, std::int64_t>& ids, const std::string& key, const char* what);
std::optional<std::int64_t> OptRef(const std::map<std::string, std::int64_t>& ids, const json::object& o,
                                   std::string_view key, const char* what);

// The code under `key` as its enum value.
template <typename Enum>
Enum Vocab(std::span<const core::Term<Enum>> terms, const json::object& o, std::string_view key) {
  auto value = core::ParseCode(terms, Str(o, key));
  if (!value) throw std::runtime_error("demo data: unknown " + std::string(key) + " '" + Str(o, key) + "'");
  return *value;
}

// A one-page PDF of `title` and then `lines`: enough for a demo paper that opens in any reader
// and whose text search can read.
std::string DemoPdf(const std::string& title, const std::vector<std::string>& lines = {});

}  // namespace safeboard::demo
