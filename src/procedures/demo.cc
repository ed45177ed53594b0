#include "procedures/demo.h"

#include <algorithm>
#include <map>

#include "learning/demo.h"
#include "meetings/store.h"
#include "procedures/store.h"

namespace safeboard::procedures {
namespace {

using demo::Str;
namespace json = boost::json;

void Check(const core::FieldErrors& errors, const std::string& what) {
  if (!errors.empty()) throw std::runtime_error("demo data: procedures " + what + ": " + errors.all().front().message);
}

// A chapter's review through each step's reader: opened, consulted on, approved, ratified by the
// Board's decision at a meeting and published, as far as the demo's record goes.
void LoadReview(demo::DemoLoad& load, const json::object& o, std::int64_t chapter_id, const Date& today) {
  ProcedureStore store(load.db);
  auto chapter = *store.FindChapter(load.partnership_id, chapter_id);
  Review review;
  Check(ReadReviewOpening({{"opened_on", Str(o, "opened_on")}, {"draft", Str(o, "draft")}}, chapter, false, today, review),
        "review of " + chapter.number);
  review.id = store.OpenReview(load.partnership_id, review);
  auto current = [&] { return *store.FindReview(load.partnership_id, review.id); };
  std::vector<std::int64_t> agencies;
  for (const auto& [key, id] : load.agencies) agencies.push_back(id);
  if (o.contains("consultation")) {
    const auto& c = o.at("consultation").as_object();
    core::FieldValues in{{"sent_on", Str(c, "sent_on")}, {"closes_on", Str(c, "closes_on")}};
    for (const auto& a : c.at("agencies").as_array())
      in["agency_" + std::to_string(demo::Ref(load.agencies, std::string(a.as_string()), "agency"))] = "yes";
    std::vector<Consultee> added;
    Date closes_on;
    Check(ReadConsultation(in, current(), agencies, today, added, closes_on), "consultation");
    store.AddConsultees(load.partnership_id, review.id, added, closes_on);
    for (const auto& v : c.at("responses").as_array()) {
      const auto& ro = v.as_object();
      auto agency = demo::Ref(load.agencies, Str(ro, "agency"), "agency");
      auto asked = current().consultees;
      auto consultee = std::find_if(asked.begin(), asked.end(), [&](const auto& x) { return x.agency_id == agency; });
      Consultee answered;
      Check(ReadConsultationResponse({{"responded_on", Str(ro, "responded_on")}, {"response", Str(ro, "response")}},
                                     *consultee, today, answered),
            "consultation response");
      store.SaveResponse(load.partnership_id, review.id, answered);
    }
  }
  if (o.contains("approvals"))
    for (const auto& v : o.at("approvals").as_array()) {
      const auto& ao = v.as_object();
      Approval approval;
      Check(ReadApproval({{"agency_id", std::to_string(demo::Ref(load.agencies, Str(ao, "agency"), "agency"))},
                          {"approver", Str(ao, "approver")},
                          {"route", Str(ao, "route")},
                          {"approved_on", Str(ao, "approved_on")}},
                         current(), agencies, {}, today, approval),
            "approval");
      store.AddApproval(load.partnership_id, review.id, approval);
    }
  if (!Str(o, "ratified_at").empty()) {
    auto meeting = demo::Ref(load.meetings, Str(o, "ratified_at"), "meeting");
    BoardDecisions decisions;
    for (const auto& d : meetings::MeetingStore(load.db).DecisionsOfMeeting(load.partnership_id, meeting))
      if (d.text.find("chapter " + chapter.number) != std::string::npos) decisions[d.id] = d.decided_on;
    if (decisions.empty()) throw std::runtime_error("demo data: no Board decision ratifying chapter " + chapter.number);
    Review ratified;
    Check(ReadRatification({{"decision_id", std::to_string(decisions.begin()->first)}}, current(), decisions, ratified),
          "ratification");
    store.SaveRatification(load.partnership_id, ratified);
  }
  if (!Str(o, "published_on").empty()) {
    Amendment amendment;
    Check(ReadPublication({{"published_on", Str(o, "published_on")}, {"note", Str(o, "note")}}, current(),
                          *store.FindChapter(load.partnership_id, chapter_id), today, amendment),
          "publication");
    store.Publish(load.partnership_id, current(), amendment);
  }
  if (o.contains("referrals"))
    learning::LoadReferrals(load, o.at("referrals").as_array(), learning::ReferralSource::kProcedureChange, review.id,
                            "Review of procedures chapter " + chapter.number + " " + chapter.title);
}

}  // namespace

void LoadDemo(demo::DemoLoad& load) {
  if (!load.file.contains("procedures")) return;
  const auto& o = load.file.at("procedures").as_object();
  ProcedureStore store(load.db);
  auto today = core::DateOf(load.clock.Now());
  std::vector<std::int64_t> groups;
  for (const auto& [key, id] : load.groups) groups.push_back(id);
  std::map<std::string, std::int64_t> documents, chapters;
  for (const auto& v : o.at("documents").as_array()) {
    LinkedDocument d;
    Check(ReadDocument(demo::StringFields(v.as_object()), today, d), "document");
    documents[Str(v.as_object(), "key")] = store.AddDocument(load.partnership_id, d);
  }
  std::vector<std::string> numbers;
  for (const auto& v : o.at("chapters").as_array()) {
    const auto& co = v.as_object();
    auto in = demo::StringFields(co);
    if (!Str(co, "owner").empty()) in["owner_group_id"] = std::to_string(demo::Ref(load.groups, Str(co, "owner"), "group"));
    Chapter chapter;
    Check(ReadChapter(in, numbers, groups, today, chapter), "chapter " + Str(co, "number"));
    numbers.push_back(chapter.number);
    chapter.id = store.AddChapter(load.partnership_id, chapter);
    chapters[chapter.number] = chapter.id;
    // Its versions, oldest first, each through the reader against the chapter as it then was.
    if (co.contains("amendments"))
      for (const auto& a : co.at("amendments").as_array()) {
        Amendment amendment;
        Check(ReadAmendment(demo::StringFields(a.as_object()), *store.FindChapter(load.partnership_id, chapter.id), today, amendment),
              "amendment of " + chapter.number);
        store.AddAmendment(load.partnership_id, amendment);
      }
    // A chapter still under review or identified keeps that status after its earlier versions.
    auto saved = *store.FindChapter(load.partnership_id, chapter.id);
    if (saved.status != chapter.status) {
      saved.status = chapter.status;
      store.SaveChapter(load.partnership_id, saved);
    }
    if (co.contains("documents"))
      for (const auto& d : co.at("documents").as_array())
        store.LinkDocument(load.partnership_id, chapter.id, demo::Ref(documents, std::string(d.as_string()), "document"));
  }
  std::vector<std::int64_t> chapter_ids;
  for (const auto& [number, id] : chapters) chapter_ids.push_back(id);
  for (const auto& v : o.at("triggers").as_array()) {
    const auto& to = v.as_object();
    auto in = demo::StringFields(to);
    for (const auto& number : to.at("chapters").as_array())
      in["chapter_" + std::to_string(demo::Ref(chapters, std::string(number.as_string()), "chapter"))] = "yes";
    Trigger trigger;
    Check(ReadTrigger(in, chapter_ids, {}, today, trigger), "trigger");
    store.AddTrigger(load.partnership_id, trigger);
  }
  if (o.contains("policy_checks"))
    for (const auto& v : o.at("policy_checks").as_array()) {
      PolicyCheck check;
      Check(ReadPolicyCheck(demo::StringFields(v.as_object()), today, check), "policy check");
      store.AddPolicyCheck(load.partnership_id, check);
    }
  if (o.contains("reviews"))
    for (const auto& v : o.at("reviews").as_array())
      LoadReview(load, v.as_object(), demo::Ref(chapters, Str(v.as_object(), "chapter"), "chapter"), today);
  Date next;
  Check(ReadNextUpdate({{"next_update_on", Str(o, "next_update_on")}}, *core::ParseDate(Str(o, "as_of")), next), "next update");
  store.SaveNextUpdate(load.partnership_id, next);
}

}  // namespace safeboard::procedures
