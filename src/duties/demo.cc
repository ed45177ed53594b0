// The governance calendar part of the demo board (review dates, disputes), through the
// area's store.
#include "duties/demo.h"

#include "duties/store.h"

namespace safeboard::duties {

using demo::OptDate;
using demo::OptRef;
using demo::Ref;
using demo::Str;
using demo::Vocab;
namespace json = boost::json;

void LoadDemo(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  const auto& p = file.at("partnership").as_object();
  DutyStore(load.db).SetGovernanceDates(partnership_id, OptDate(p, "constitution_reviewed_on"),
                                        OptDate(p, "chair_appointment_reviewed_on"),
                                        OptDate(p, "lead_member_met_chair_on"));
  for (const auto& v : file.at("disputes").as_array()) {
    const auto& o = v.as_object();
    Dispute d{0, Str(o, "summary"), *OptDate(o, "raised_on"), OptDate(o, "convened_on"),
                      OptDate(o, "met_on"), OptDate(o, "mediator_agreed_on")};
    DutyStore(load.db).AddDispute(partnership_id, d);
  }
}

}  // namespace safeboard::duties
