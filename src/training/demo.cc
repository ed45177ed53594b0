// The demo's training programme (issue 17; annual report 3.2): 2010-11 and 2011-12 events whose
// registers add up to the report's figures (1,058 and 2,860 attendances, conference delegates
// 158 and 270), and two events to come in 2012-13, one full with a waiting list. The courses,
// days, venues, practitioners (a pool of invented names and work emails) and charging rules are
// invented (demo/NOTES.md). Every record goes through the area's readers; the bookings are
// saved in bulk.
#include "training/demo.h"

#include <algorithm>

#include "core/text.h"
#include "governance/store.h"
#include "training/conference.h"
#include "training/elearning.h"
#include "training/evaluation.h"
#include "training/needs.h"
#include "training/store.h"
#include "training/training.h"

namespace safeboard::training {

using demo::Ref;
using demo::Str;
namespace json = boost::json;

namespace {

constexpr int kPeople = 2400;   // the invented practitioners who book, some more than once
constexpr int kSpread = 7919;   // a prime: consecutive bookings are different people
constexpr const char* kFirst[] = {"Amy", "Ben", "Carla", "David", "Emma", "Farid", "Grace", "Harry", "Isla", "Jack",
                                  "Kiran", "Laura", "Mohammed", "Nina", "Owen", "Priya", "Rachel", "Sam", "Tom", "Zara"};
constexpr const char* kLast[] = {"Adams", "Begum", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal",
                                 "Jones", "Khan", "Lewis", "Morgan", "Nolan", "Owusu", "Patel", "Quinn", "Roberts",
                                 "Singh", "Taylor", "Usman", "Walker", "Young", "Zielinski", "Brown"};
constexpr const char* kAgencies[] = {"cf",  "tvp",     "probation", "nhsmk",     "nhsmkn", "hospital", "chs",
                                     "yot", "education", "housing", "vol",       "nspcc",  "college",  "cafcass",
                                     "primary", "secondary", "special", "amhs", "asc", "safermk"};

void Check(const core::FieldErrors& errors, const std::string& what) {
  if (!errors.empty()) throw std::runtime_error("demo data: training " + what + ": " + errors.all().front().message);
}

struct Practitioner {
  std::string name, email, agency;
};

Practitioner PersonOf(int person) {
  std::string first = kFirst[person % std::size(kFirst)];
  std::string last = kLast[(person / std::size(kFirst)) % std::size(kLast)];
  std::string agency = kAgencies[person % std::size(kAgencies)];
  std::string email = core::AsciiLower(first + "." + last + std::to_string(person) + "@" + agency + ".example.org");
  return {first + " " + last, email, agency};
}

class Loader {
 public:
  // `as_of`: the demo board's own day (it is served as of 31 March 2012); events after it are to come.
  Loader(demo::DemoLoad& load, const core::Date& as_of)
      : load_(load), store_(load.db), today_(core::DateOf(load.clock.Now())), as_of_(as_of) {
    for (const auto& [key, id] : load.agencies) agencies_.push_back(id);
  }

  void Rules(const json::object& o) {
    core::FieldValues in{{"fee", Str(o, "fee")},
                         {"late_cancellation", Str(o, "late_cancellation")},
                         {"no_show", Str(o, "no_show")},
                         {"late_days", std::to_string(o.at("late_days").as_int64())}};
    for (const auto& a : o.at("free").as_array())
      in["agency_" + std::to_string(Ref(load_.agencies, std::string(a.as_string()), "agency"))] = "yes";
    ChargeRules rules;
    Check(ReadChargeRules(in, agencies_, rules), "charging rules");
    store_.SaveRules(load_.partnership_id, rules);
  }

  void Courses(const json::array& courses) {
    for (const auto& v : courses) {
      const auto& o = v.as_object();
      Course course;
      Check(ReadCourse(demo::StringFields(o), course), Str(o, "title"));
      courses_[Str(o, "key")] = store_.AddCourse(load_.partnership_id, course);
    }
  }

  // A run of `events` events of a course, `every_days` apart, whose registers add up to `came`.
  void Run(const json::object& o, const json::object& upcoming) {
    int events = static_cast<int>(o.at("events").as_int64());
    int came = static_cast<int>(o.at("came").as_int64());
    int dna_every = static_cast<int>(o.at("did_not_attend_every").as_int64());
    int cancel_every = static_cast<int>(o.at("cancelled_every").as_int64());
    auto first = *core::ParseDate(Str(o, "first_on"));
    for (int i = 0; i < events; ++i) {
      core::Date on = std::chrono::sys_days(first) + std::chrono::days(i * o.at("every_days").as_int64());
      core::FieldValues in{{"course_id", std::to_string(courses_.at(Str(o, "course")))},
                           {"on", core::FormatDate(on)},
                           {"starts_at", Str(o, "starts_at")},
                           {"ends_at", Str(o, "ends_at")},
                           {"venue", Str(o, "venue")},
                           {"capacity", std::to_string(o.at("capacity").as_int64())},
                           {"trainers", Str(o, "trainers")}};
      Event event;
      Check(ReadEvent(in, {courses_.at(Str(o, "course"))}, event), "event " + Str(o, "course"));
      event.id = store_.AddEvent(event);
      int came_here = came / events + (i < came % events ? 1 : 0);
      int dna_here = dna_every > 0 ? 1 + (i % dna_every == 0 ? 1 : 0) : 0;
      int cancelled_here = cancel_every > 0 && i % cancel_every == 0 ? 1 : 0;
      if (as_of_ < event.on) {
        // An event to come: places booked, the rest of the askers waiting.
        int asked = upcoming.contains(Str(o, "course")) ? static_cast<int>(upcoming.at(Str(o, "course")).as_int64()) : 0;
        std::vector<Booking> held;
        for (int k = 0; k < asked; ++k) {
          auto b = Book(event, held);
          b.status = StatusOnRequest(event, held, true);
          held.push_back(b);
        }
        bookings_.insert(bookings_.end(), held.begin(), held.end());
        continue;
      }
      std::vector<Booking> here;
      for (int k = 0; k < came_here + dna_here + cancelled_here; ++k) {
        auto b = Book(event, here);
        b.status = BookingStatus::kConfirmed;
        if (k < came_here)
          b.attendance = k % 15 == 14 ? Attendance::kPartial : Attendance::kAttended;
        else if (k < came_here + dna_here)
          b.attendance = Attendance::kDidNotAttend;
        else {
          // Every third cancellation is late: two days before the event.
          b.status = BookingStatus::kCancelled;
          b.cancelled_on = std::chrono::sys_days(event.on) - std::chrono::days(cancellations_++ % 3 == 2 ? 2 : 10);
        }
        here.push_back(b);
      }
      if (ConfirmedPlaces(here) > event.capacity) throw std::runtime_error("demo data: training event over capacity");
      bookings_.insert(bookings_.end(), here.begin(), here.end());
    }
  }

  void Save() { store_.AddBookings(bookings_); }

  // Budget requests: items, submission and decision, through the readers.
  void BudgetRequests(const json::array& requests) {
    std::vector<std::int64_t> groups;
    for (const auto& [key, id] : load_.groups) groups.push_back(id);
    for (const auto& v : requests) {
      const auto& o = v.as_object();
      int year = static_cast<int>(o.at("year").as_int64());
      for (const auto& item_value : o.at("items").as_array()) {
        BudgetItem item;
        Check(ReadBudgetItem({{"description", Str(item_value.as_object(), "description")},
                              {"amount", Str(item_value.as_object(), "amount")}},
                             store_.BudgetRequestOf(load_.partnership_id, year).value_or(BudgetRequest{.year_start = year}),
                             item),
              "budget item");
        store_.AddBudgetItem(load_.partnership_id, year, item);
      }
      BudgetRequest submitted, decided;
      Check(ReadBudgetSubmission({{"submitted_on", Str(o, "submitted_on")},
                                  {"group_id", std::to_string(Ref(load_.groups, Str(o, "group"), "group"))}},
                                 *store_.BudgetRequestOf(load_.partnership_id, year), groups, today_, submitted),
            "budget submission");
      Check(ReadBudgetDecision({{"decided_on", Str(o, "decided_on")}, {"agreed", Str(o, "agreed")},
                                {"decision_note", Str(o, "decision_note")}},
                               submitted, today_, decided),
            "budget decision");
      store_.SaveBudgetRequestState(load_.partnership_id, decided);
    }
  }

  // A conference's programme, each session through the reader.
  void ConferenceProgramme(const json::object& o) {
    auto on = *core::ParseDate(Str(o, "on"));
    auto course = courses_.at(Str(o, "course"));
    for (const auto& event : store_.EventsBetween(load_.partnership_id, on, on)) {
      if (event.course_id != course) continue;
      for (const auto& v : o.at("sessions").as_array()) {
        core::FieldValues in;
        for (const auto& [key, value] : v.as_object()) in[std::string(key)] = std::string(value.as_string());
        ConferenceSession session;
        Check(ReadConferenceSession(in, event, session), "conference session");
        store_.AddSession(session);
      }
      return;
    }
    throw std::runtime_error("demo data: no conference on " + Str(o, "on"));
  }

  void Trainers(const json::array& trainers) {
    for (const auto& v : trainers) {
      const auto& o = v.as_object();
      Trainer t;
      Check(ReadTrainer({{"name", Str(o, "name")},
                         {"agency_id", std::to_string(Ref(load_.agencies, Str(o, "agency"), "agency"))},
                         {"joined_on", Str(o, "joined_on")}},
                        agencies_, today_, t),
            "trainer");
      t.id = store_.AddTrainer(load_.partnership_id, t);
      if (Str(o, "left_on").empty()) continue;
      core::Date on;
      Check(ReadTrainerLeft({{"left_on", Str(o, "left_on")}}, t, today_, on), "trainer");
      store_.SaveTrainerLeft(load_.partnership_id, t.id, on);
    }
  }

  // Evaluations of the year's events: the first `per_event` attendees of each complete the
  // baseline and the second stage, the first `follow_ups` the follow-up 7 weeks on (when that is
  // by the demo's day), through the reader.
  void Evaluations(const json::object& o) {
    int per_event = static_cast<int>(o.at("per_event").as_int64());
    int follow_ups = static_cast<int>(o.at("follow_ups").as_int64());
    auto [from, to] = std::pair{*core::ParseDate(Str(o, "from")), as_of_};
    std::vector<Evaluation> out;
    int n = 0;
    for (const auto& [event, bookings] : store_.EventsWithBookings(load_.partnership_id, from, to)) {
      int k = 0;
      for (const auto& b : bookings) {
        if (!Came(b) || k >= per_event) continue;
        std::vector<Stage> done;
        auto add = [&](Stage stage, core::Date on, int confidence, int knowledge, const char* used) {
          core::FieldValues in{{"stage", std::string(core::CodeOf(Stages(), stage))},
                               {"confidence", std::to_string(confidence)},
                               {"knowledge", std::to_string(knowledge)},
                               {"completed_on", core::FormatDate(on)}};
          if (stage == Stage::kFollowUp) {
            in["with_manager"] = "yes";
            in["used_in_practice"] = used;
          }
          Evaluation e;
          e.booking_id = b.id;
          Check(ReadEvaluation(in, b, event, done, today_, e), "evaluation");
          done.push_back(stage);
          out.push_back(e);
        };
        add(Stage::kBefore, std::chrono::sys_days(event.on) - std::chrono::days(3), 2 + (n % 3 == 0), 2 + (n % 4 == 0), "");
        add(Stage::kAfter, event.on, 4 + (n % 4 == 0), 4 - (n % 6 == 0), "");
        core::Date later = std::chrono::sys_days(event.on) + std::chrono::days(49);
        if (k < follow_ups && !(as_of_ < later))
          add(Stage::kFollowUp, later, 4 - (n % 5 == 0), 4, n % 7 == 0 ? "no" : "yes");
        ++k;
        ++n;
      }
    }
    store_.AddEvaluations(out);
  }

  // The needs analysis: the named agencies and invented settings up to `respondents`, the first
  // few answering no, through the reader.
  void NeedsAnalysis(const json::object& o) {
    std::vector<std::string> returned;
    int respondents = static_cast<int>(o.at("respondents").as_int64());
    const auto& named = o.at("agencies").as_array();
    for (int k = 0; k < respondents; ++k) {
      core::FieldValues in{{"year", std::to_string(o.at("year").as_int64())},
                           {"returned_on", Str(o, "returned_on")},
                           {"single_agency_in_place", k < o.at("without_single_agency").as_int64() ? "no" : "yes"},
                           {"accessing_inter_agency", k < o.at("not_accessing_inter_agency").as_int64() ? "no" : "yes"},
                           {"gaps", k % 10 == 0 ? Str(o, "gaps") : ""}};
      if (k < static_cast<int>(named.size())) {
        in["agency_id"] = std::to_string(Ref(load_.agencies, std::string(named[static_cast<std::size_t>(k)].as_string()), "agency"));
      } else {
        std::string name = Str(o, "organisations");
        name.replace(name.find("{n}"), 3, std::to_string(k + 1 - static_cast<int>(named.size())));
        in["organisation"] = name;
      }
      NeedsReturn r;
      Check(ReadNeedsReturn(in, agencies_, returned, today_, r), "needs return");
      returned.push_back(RespondentKey(r));
      store_.AddNeedsReturn(load_.partnership_id, r);
    }
  }

  // The e-learning launched in 2011-12: `people` learners each completing the modules whose
  // `every` divides their number, read through the import's reader as the provider's export.
  void ELearning(const json::object& o) {
    core::ImportTable table{{"Module", "Name", "Email", "Agency", "Completed"}};
    auto launched = *core::ParseDate(Str(o, "launched_on"));
    auto days = o.at("days").as_int64();
    for (int k = 0; k < o.at("people").as_int64(); ++k) {
      auto person = PersonOf(k);
      std::string agency;
      for (const auto& [key, id] : load_.agencies)
        if (key == person.agency) agency = AgencyName(id);
      for (const auto& m : o.at("modules").as_array()) {
        const auto& mo = m.as_object();
        if (k % mo.at("every").as_int64() != 0) continue;
        core::Date on = std::chrono::sys_days(launched) + std::chrono::days((k * 7 + mo.at("every").as_int64()) % days);
        table.push_back({Str(mo, "title"), person.name, person.email, agency, core::FormatDate(on)});
      }
    }
    core::NameIndex agencies;
    for (const auto& [key, id] : load_.agencies) agencies.Add(AgencyName(id), id);
    auto result = ReadELearningImport(table, agencies, {}, today_);
    if (!result.errors.empty())
      throw std::runtime_error("demo data: e-learning row " + std::to_string(result.errors.front().row) + ": " +
                               result.errors.front().message);
    store_.AddCompletions(load_.partnership_id, result.rows);
  }

 private:
  std::string AgencyName(std::int64_t id) {
    if (agency_names_.empty())
      for (const auto& a : governance::GovernanceStore(load_.db).ListAgencies(load_.partnership_id))
        agency_names_[a.id] = a.name;
    return agency_names_.at(id);
  }

  // The next practitioner's request for a place, through the reader.
  Booking Book(const Event& event, const std::vector<Booking>& so_far) {
    auto person = PersonOf(static_cast<int>((next_++ * static_cast<long long>(kSpread)) % kPeople));
    std::vector<std::string> booked;
    for (const auto& b : so_far) booked.push_back(b.work_email);
    core::Date asked = std::min(core::Date(std::chrono::sys_days(event.on) - std::chrono::days(21)), as_of_);
    core::FieldValues in{{"name", person.name},
                         {"work_email", person.email},
                         {"agency_id", std::to_string(Ref(load_.agencies, person.agency, "agency"))},
                         {"manager_email", "manager@" + person.agency + ".example.org"},
                         {"requested_on", core::FormatDate(asked)}};
    Booking b;
    Check(ReadBooking(in, agencies_, booked, today_, b), "booking");
    b.event_id = event.id;
    return b;
  }

  demo::DemoLoad& load_;
  TrainingStore store_;
  core::Date today_;
  core::Date as_of_;
  std::vector<std::int64_t> agencies_;
  std::map<std::string, std::int64_t> courses_;
  std::vector<Booking> bookings_;
  std::map<std::int64_t, std::string> agency_names_;
  long long next_ = 0;
  int cancellations_ = 0;
};

}  // namespace

void LoadDemo(demo::DemoLoad& load) {
  if (!load.file.contains("training")) return;
  const auto& o = load.file.at("training").as_object();
  Loader loader(load, *core::ParseDate(Str(o, "as_of")));
  loader.Rules(o.at("charge_rules").as_object());
  loader.Courses(o.at("courses").as_array());
  for (const auto& y : o.at("years").as_array())
    for (const auto& run : y.as_object().at("runs").as_array()) loader.Run(run.as_object(), o.at("upcoming").as_object());
  loader.Save();
  if (o.contains("budget_requests")) loader.BudgetRequests(o.at("budget_requests").as_array());
  if (o.contains("conference_programme")) loader.ConferenceProgramme(o.at("conference_programme").as_object());
  if (o.contains("elearning")) loader.ELearning(o.at("elearning").as_object());
  if (o.contains("evaluations")) loader.Evaluations(o.at("evaluations").as_object());
  if (o.contains("trainers")) loader.Trainers(o.at("trainers").as_array());
  if (o.contains("needs_analysis")) loader.NeedsAnalysis(o.at("needs_analysis").as_object());
}

}  // namespace safeboard::training
