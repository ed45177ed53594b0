// What a board area adds to the shared page chrome: its entries in the partnership's navigation,
// the messages its pages show after a successful write ("?done=CODE"), and its panels on the
// partnership's dashboard, where search finds its records and its deadlines on the governance
// calendar. Each area registers
// its own beside its pages (a static AreaRegistration), so adding an area touches no shared list.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "auth/policy.h"
#include "core/due_date.h"
#include "http/context.h"
#include "search/document.h"
#include "ui/html.h"

namespace safeboard::ui {

struct NavEntry {
  int order;                 // place in the navigation, lowest first
  std::string_view label;    // "Groups"; pages name their current entry by it
  std::string_view path;     // under the partnership: "/groups" ("" for its overview)
  auth::Permission permission = auth::Permission::kReadPartnership;
};

using SuccessMessages = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// A panel on the partnership's dashboard (issue 15): writes what needs the signed-in user's
// attention in its area, as that user's role and memberships allow, or nothing.
struct DashboardPanel {
  int order;  // place on the dashboard, lowest first
  void (*render)(http::Context& ctx, Html& h);
};

// The area's records as search sees them (issue 15), read from its store for one partnership.
using SearchSource = std::vector<search::SearchDocument> (*)(storage::Connection& db, std::int64_t partnership_id);

// The area's deadlines for the governance calendar (issue 16), read from its store for one
// partnership.
using CalendarSource = std::vector<core::DueDate> (*)(storage::Connection& db, std::int64_t partnership_id);

class AreaRegistration {
 public:
  // Throws std::logic_error (at start-up) if a code or an order is registered twice.
  AreaRegistration(std::initializer_list<NavEntry> nav, SuccessMessages messages,
                   std::initializer_list<DashboardPanel> panels = {},
                   std::initializer_list<SearchSource> search_sources = {},
                   std::initializer_list<CalendarSource> calendar_sources = {});
};

// Every registered entry, in order. Registration happens at start-up (static initialisers), so
// pages read this on every request without a copy or a lock.
const std::vector<NavEntry>& NavEntries();
// Every registered dashboard panel, in order.
const std::vector<DashboardPanel>& DashboardPanels();
// Every registered source of searchable records.
const std::vector<SearchSource>& SearchSources();
// Every registered source of governance calendar deadlines.
const std::vector<CalendarSource>& CalendarSources();
// The message registered for a "?done=" code.
std::optional<std::string> SuccessMessageFor(std::string_view code);

}  // namespace safeboard::ui
