// What a board area adds to the shared page chrome: its entries in the partnership's navigation
// and the messages its pages show after a successful write ("?done=CODE"). Each area registers
// its own beside its pages (a static AreaRegistration), so adding an area touches no shared list.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "auth/policy.h"

namespace safeboard::ui {

struct NavEntry {
  int order;                 // place in the navigation, lowest first
  std::string_view label;    // "Groups"; pages name their current entry by it
  std::string_view path;     // under the partnership: "/groups" ("" for its overview)
  auth::Permission permission = auth::Permission::kReadPartnership;
};

using SuccessMessages = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class AreaRegistration {
 public:
  // Throws std::logic_error (at start-up) if a code or an order is registered twice.
  AreaRegistration(std::initializer_list<NavEntry> nav, SuccessMessages messages);
};

// Every registered entry, in order. Registration happens at start-up (static initialisers), so
// pages read this on every request without a copy or a lock.
const std::vector<NavEntry>& NavEntries();
// The message registered for a "?done=" code.
std::optional<std::string> SuccessMessageFor(std::string_view code);

}  // namespace safeboard::ui
