#include "learning/demo.h"

#include "learning/store.h"

namespace safeboard::learning {

void LoadReferrals(demo::DemoLoad& load, const boost::json::array& referrals, ReferralSource source,
                   std::int64_t source_id, const std::string& source_label) {
  LearningStore store(load.db);
  auto today = core::DateOf(load.clock.Now());
  std::vector<std::int64_t> groups;
  for (const auto& [key, id] : load.groups) groups.push_back(id);
  for (const auto& v : referrals) {
    const auto& o = v.as_object();
    core::FieldValues in{{"kind", demo::Str(o, "kind")}, {"need", demo::Str(o, "need")}, {"raised_on", demo::Str(o, "raised_on")}};
    if (!demo::Str(o, "for_group").empty())
      in["for_group_id"] = std::to_string(demo::Ref(load.groups, demo::Str(o, "for_group"), "group"));
    Referral referral;
    auto errors = ReadReferral(in, groups, today, referral);
    if (!errors.empty()) throw std::runtime_error("demo data: referral '" + demo::Str(o, "need") + "': " + errors.all().front().message);
    referral.source = source;
    referral.source_id = source_id;
    referral.source_label = source_label;
    referral.id = store.Add(load.partnership_id, referral);
    if (demo::Str(o, "responded_on").empty()) continue;
    errors = ReadResponse({{"response", demo::Str(o, "response")}, {"responded_on", demo::Str(o, "responded_on")}}, referral,
                          today, referral);
    if (!errors.empty()) throw std::runtime_error("demo data: referral answer: " + errors.all().front().message);
    store.SaveResponse(load.partnership_id, referral);
  }
}

}  // namespace safeboard::learning
