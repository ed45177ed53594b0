#include "publishing/demo.h"

#include "publishing/store.h"

namespace safeboard::publishing {

void LoadDemo(demo::DemoLoad& load) {
  if (!load.file.contains("publishing")) return;
  const auto& o = load.file.at("publishing").as_object();
  PublishingStore store(load.db);
  SiteSettings settings;
  auto errors = ReadSiteSettings(demo::StringFields(o.at("site").as_object()), settings);
  if (!errors.empty()) throw std::runtime_error("demo data: public site: " + errors.all().front().message);
  store.SaveSettings(load.partnership_id, settings);
  for (const auto& v : o.at("publications").as_array()) {
    Publication p;
    errors = ReadPublication(demo::StringFields(v.as_object()), p);
    if (!errors.empty()) throw std::runtime_error("demo data: publication: " + errors.all().front().message);
    store.AddPublication(load.partnership_id, p);
  }
  if (o.contains("activities"))
    for (const auto& v : o.at("activities").as_array()) {
      Activity a;
      errors = ReadActivity(demo::StringFields(v.as_object()), core::DateOf(load.clock.Now()), a);
      if (!errors.empty()) throw std::runtime_error("demo data: communication activity: " + errors.all().front().message);
      store.AddActivity(load.partnership_id, a);
    }
}

}  // namespace safeboard::publishing
