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
  std::map<std::string, std::string, std::less<>> messages;
};
Registry& TheRegistry() {
  static Registry registry;
  return registry;
}

}  // namespace

AreaRegistration::AreaRegistration(std::initializer_list<NavEntry> nav, SuccessMessages messages,
                                   std::initializer_list<DashboardPanel> panels) {
  auto& r = TheRegistry();
  std::lock_guard lock(r.mutex);
  for (const auto& entry : nav) {
    if (std::any_of(r.nav.begin(), r.nav.end(), [&](const NavEntry& e) { return e.order == entry.order; }))
      throw std::logic_error("two navigation entries at order " + std::to_string(entry.order));
    r.nav.insert(std::upper_bound(r.nav.begin(), r.nav.end(), entry,
                                  [](const NavEntry& a, const NavEntry& b) { return a.order < b.order; }),
                 entry);
  }
  for (const auto& panel : panels) {
    if (std::any_of(r.panels.begin(), r.panels.end(), [&](const DashboardPanel& p) { return p.order == panel.order; }))
      throw std::logic_error("two dashboard panels at order " + std::to_string(panel.order));
    r.panels.insert(std::upper_bound(r.panels.begin(), r.panels.end(), panel,
                                     [](const DashboardPanel& a, const DashboardPanel& b) { return a.order < b.order; }),
                    panel);
  }
  for (const auto& [code, message] : messages)
    if (!r.messages.emplace(std::string(code), std::string(message)).second)
      throw std::logic_error("success message registered twice: " + std::string(code));
}

const std::vector<NavEntry>& NavEntries() { return TheRegistry().nav; }
const std::vector<DashboardPanel>& DashboardPanels() { return TheRegistry().panels; }

std::optional<std::string> SuccessMessageFor(std::string_view code) {
  auto& r = TheRegistry();
  auto it = r.messages.find(code);
  if (it == r.messages.end()) return std::nullopt;
  return it->second;
}

}  // namespace safeboard::ui
