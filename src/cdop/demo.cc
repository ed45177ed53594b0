// The child deaths part of the demo board (annual report 2.5), through the CDOP's store:
// pseudonymous records, as the panel's forms would record them.
#include "cdop/demo.h"

#include "cdop/store.h"

namespace safeboard::cdop {

using demo::OptDate;
using demo::OptRef;
using demo::Ref;
using demo::RequiredDate;
using demo::Str;
using demo::Vocab;

void LoadDemo(demo::DemoLoad& load) {
  CdopStore deaths(load.db);
  const auto& cd = load.file.at("child_deaths").as_object();
  // RULE: annual report 2.5 - deaths per calendar year before the panel kept records.
  for (const auto& v : cd.at("history").as_array()) {
    const auto& o = v.as_object();
    deaths.SetHistory(load.partnership_id, {Str(o, "period"), static_cast<int>(o.at("deaths").as_int64())});
  }
  // Notifications in the order they were made, so that their CD- references follow it.
  for (const auto& v : cd.at("notifications").as_array()) {
    const auto& o = v.as_object();
    Case c;
    c.date_of_birth = RequiredDate(o, "date_of_birth");
    c.date_of_death = RequiredDate(o, "date_of_death");
    c.sex = Vocab(Sexes(), o, "sex");
    c.normally_resident = o.at("normally_resident").as_bool();
    c.place_of_death = Vocab(PlacesOfDeath(), o, "place_of_death");
    c.expected = Vocab(Expectations(), o, "expected");
    c.notified_by = Str(o, "notified_by");
    c.notified_on = RequiredDate(o, "notified_on");
    load.child_deaths[Str(o, "key")] = deaths.Notify(load.partnership_id, c);
  }
}

void LoadDemoReview(demo::DemoLoad& load, const demo::json::object& o) {
  CdopStore deaths(load.db);
  auto c = deaths.FindCase(load.partnership_id, Ref(load.child_deaths, Str(o, "notification"), "notification"));
  CaseReview review;
  review.case_id = c->id;
  review.meeting_id = OptRef(load.meetings, o, "meeting", "meeting");
  review.reviewed_on = RequiredDate(o, "reviewed_on");
  review.category = Vocab(Categories(), o, "category");
  review.modifiable = Vocab(ModifiableFindings(), o, "modifiable");
  review.modifiable_factors = Str(o, "modifiable_factors");
  review.sudi = o.at("sudi").as_bool();
  review.safeguarding_concern = o.at("safeguarding_concern").as_bool();
  review.lessons = Str(o, "lessons");
  for (const auto& a : o.at("recommendation_areas").as_array()) {
    std::string code(a.as_string());
    auto area = core::ParseCode(RecommendationAreas(), code);
    if (!area) throw std::runtime_error("demo data: unknown recommendation area '" + code + "'");
    review.recommendation_areas.push_back(*area);
  }
  deaths.RecordReview(load.partnership_id, *c, review, Str(o, "referral_summary"));
}

}  // namespace safeboard::cdop
