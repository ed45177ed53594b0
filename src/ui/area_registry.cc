#include "ui/area_registry.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>

namespace safeboard::ui {
namespace {

// Function-local, so registrations in any translation unit's static initialisers find them built.
struct Registry {
  std::mutex mutex;
  std::vector<NavEntry> nav;
  std::vector<DashboardPanel> panels;
  std::vector<SearchSource> search_sources;
  std::vector<CalendarSource> calendar_sources;
  std::map<std::string, std::string, std::less<>> messages;
};
Registry& TheRegistry() {
  static Registry registry;
  return registry;
}

// Puts `item` in its place by order; an order taken already is an error (`what` names the list).
template <typename Item>
void InsertInOrder(std::vector<Item>& list, const Item& item, const char* what) {
  if (std::any_of(list.begin(), list.end(), [&](const Item& e) { return e.order == item.order; }))
    throw std::logic_error(std::string("two ") + what + " at order " + std::to_string(item.order));
  list.insert(std::upper_bound(list.begin(), list.end(), item,
                               [](const Item& a, const Item& b) { return a.order < b.order; }),
              item);
}

}  // namespace

AreaRegistration::AreaRegistration(std::initializer_list<NavEntry> nav, SuccessMessages messages,
                                   std::initializer_list<DashboardPanel> panels,
                                   std::initializer_list<SearchSource> search_sources,
                                   std::initializer_list<CalendarSource> calendar_sources) {
  auto& r = TheRegistry();
  std::lock_guard lock(r.mutex);
  for (const auto& entry : nav) InsertInOrder(r.nav, entry, "navigation entries");
  for (const auto& panel : panels) InsertInOrder(r.panels, panel, "dashboard panels");
  r.search_sources.insert(r.search_sources.end(), search_sources.begin(), search_sources.end());
  r.calendar_sources.insert(r.calendar_sources.end(), calendar_sources.begin(), calendar_sources.end());
  for (const auto& [code, message] : messages)
    if (!r.messages.emplace(std::string(code), std::string(message)).second)
      throw std::logic_error("success message registered twice: " + std::string(code));
}

const std::vector<NavEntry>& NavEntries() { return TheRegistry().nav; }
const std::vector<DashboardPanel>& DashboardPanels() { return TheRegistry().panels; }
const std::vector<SearchSource>& SearchSources() { return TheRegistry().search_sources; }
const std::vector<CalendarSource>& CalendarSources() { return TheRegistry().calendar_sources; }

std::optional<std::string> SuccessMessageFor(std::string_view code) {
  auto& r = TheRegistry();
  auto it = r.messages.find(code);
  if (it == r.messages.end()) return std::nullopt;
  return it->second;
}

}  // namespace safeboard::ui
