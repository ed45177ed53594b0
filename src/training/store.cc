#include "training/store.h"
#include "core/text.h"

#include <cctype>
#include <map>

#include "auth/accounts.h"
#include "governance/governance.h"

namespace safeboard::training {
namespace {

constexpr const char* kEventColumns =
    "SELECT e.id, e.course_id, e.held_on, e.starts_at, e.ends_at, e.venue, e.capacity, e.trainers, e.cancelled_on, "
    "c.title, c.delivery FROM training_events e JOIN training_courses c ON c.id = e.course_id ";

Event EventFromRow(const storage::Row& r) {
  Event e;
  e.id = r.Int(0);
  e.course_id = r.Int(1);
  e.on = *r.OptDate(2);
  e.starts_at = r.Text(3);
  e.ends_at = r.Text(4);
  e.venue = r.Text(5);
  e.capacity = static_cast<int>(r.Int(6));
  e.trainers = r.Text(7);
  e.cancelled_on = r.OptDate(8);
  e.course_title = r.Text(9);
  e.delivery = core::ParseCode(Deliveries(), r.Text(10)).value_or(Delivery::kClassroom);
  return e;
}

constexpr int kRowsPerInsert = 100;

storage::Params BookingValues(const Booking& b) {
  std::optional<std::string> attendance;
  if (b.attendance) attendance = std::string(core::CodeOf(Attendances(), *b.attendance));
  return {b.event_id,
          b.name,
          b.work_email,
          core::AsciiLower(b.work_email),
          storage::Nullable(b.agency_id),
          b.agency_id ? std::string() : b.organisation,
          b.manager_email,
          core::FormatDate(b.requested_on),
          std::string(core::CodeOf(BookingStatuses(), b.status)),
          storage::NullableDate(b.cancelled_on),
          b.substitute_name,
          storage::Nullable(attendance)};
}

constexpr const char* kBookingInsert =
    "INSERT INTO training_bookings (event_id, name, work_email, email_key, agency_id, organisation, manager_email, "
    "requested_on, status, cancelled_on, substitute_name, attendance) VALUES ";
constexpr const char* kBookingRow = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

}  // namespace

std::vector<Course> TrainingStore::Courses(std::int64_t partnership_id) {
  std::vector<Course> out;
  for (const auto& r : db_.Query("SELECT id, title, level, themes, delivery, provider, description FROM training_courses "
                                 "WHERE partnership_id = ? ORDER BY title, id",
                                 {partnership_id}))
    out.push_back({r.Int(0), r.Text(1), core::ParseCode(Levels(), r.Text(2)).value_or(Level::kInterAgency), r.Text(3),
                   core::ParseCode(Deliveries(), r.Text(4)).value_or(Delivery::kClassroom),
                   core::ParseCode(Providers(), r.Text(5)).value_or(Provider::kPoolTrainer), r.Text(6)});
  return out;
}

std::optional<Course> TrainingStore::FindCourse(std::int64_t partnership_id, std::int64_t id) {
  for (auto& c : Courses(partnership_id))
    if (c.id == id) return c;
  return std::nullopt;
}

std::int64_t TrainingStore::AddCourse(std::int64_t partnership_id, const Course& c) {
  return db_.Insert("INSERT INTO training_courses (partnership_id, title, level, themes, delivery, provider, description) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, c.title, std::string(core::CodeOf(Levels(), c.level)), c.themes,
                     std::string(core::CodeOf(Deliveries(), c.delivery)), std::string(core::CodeOf(Providers(), c.provider)),
                     c.description});
}

std::vector<Event> TrainingStore::EventsBetween(std::int64_t partnership_id, const Date& from, const Date& to) {
  std::vector<Event> out;
  for (const auto& r : db_.Query(std::string(kEventColumns) +
                                     "WHERE c.partnership_id = ? AND e.held_on >= ? AND e.held_on <= ? "
                                     "ORDER BY e.held_on, e.starts_at, e.id",
                                 {partnership_id, core::FormatDate(from), core::FormatDate(to)}))
    out.push_back(EventFromRow(r));
  return out;
}

std::optional<Event> TrainingStore::FindEvent(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kEventColumns) + "WHERE c.partnership_id = ? AND e.id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  return EventFromRow(*r);
}

std::int64_t TrainingStore::AddEvent(const Event& e) {
  return db_.Insert("INSERT INTO training_events (course_id, held_on, starts_at, ends_at, venue, capacity, trainers) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {e.course_id, core::FormatDate(e.on), e.starts_at, e.ends_at, e.venue, std::int64_t{e.capacity},
                     e.trainers});
}

std::vector<Booking> TrainingStore::BookingsWhere(const std::string& condition, const storage::Params& params) {
  std::vector<Booking> out;
  for (const auto& r : db_.Query("SELECT b.id, b.event_id, b.name, b.work_email, b.agency_id, b.organisation, "
                                 "b.manager_email, b.requested_on, b.status, b.cancelled_on, b.substitute_name, "
                                 "b.attendance, COALESCE(a.name, ''), COALESCE(a.sector, ''), b.reminded_on FROM training_bookings b "
                                 "JOIN training_events e ON e.id = b.event_id JOIN training_courses c ON c.id = e.course_id "
                                 "LEFT JOIN agencies a ON a.id = b.agency_id WHERE " +
                                     condition + " ORDER BY b.event_id, b.requested_on, b.id",
                                 params)) {
    Booking b;
    b.id = r.Int(0);
    b.event_id = r.Int(1);
    b.name = r.Text(2);
    b.work_email = r.Text(3);
    b.agency_id = r.OptInt(4);
    b.organisation = r.Text(5);
    b.manager_email = r.Text(6);
    b.requested_on = *r.OptDate(7);
    b.status = core::ParseCode(BookingStatuses(), r.Text(8)).value_or(BookingStatus::kRequested);
    b.cancelled_on = r.OptDate(9);
    b.substitute_name = r.Text(10);
    if (auto a = r.OptText(11)) b.attendance = core::ParseCode(Attendances(), *a);
    b.agency_name = r.Text(12);
    if (auto sector = core::ParseCode(governance::Sectors(), r.Text(13)))
      b.agency_sector = std::string(core::LabelOf(governance::Sectors(), *sector));
    b.reminded_on = r.OptDate(14);
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<Booking> TrainingStore::BookingsOf(std::int64_t partnership_id, std::int64_t event_id) {
  return BookingsWhere("c.partnership_id = ? AND b.event_id = ?", {partnership_id, event_id});
}

std::vector<EventWithBookings> TrainingStore::EventsWithBookings(std::int64_t partnership_id, const Date& from,
                                                                 const Date& to) {
  std::vector<EventWithBookings> out;
  std::map<std::int64_t, std::size_t> index;
  for (auto& e : EventsBetween(partnership_id, from, to)) {
    index[e.id] = out.size();
    out.push_back({std::move(e), {}});
  }
  for (auto& b : BookingsWhere("c.partnership_id = ? AND e.held_on >= ? AND e.held_on <= ?",
                               {partnership_id, core::FormatDate(from), core::FormatDate(to)}))
    out[index.at(b.event_id)].bookings.push_back(std::move(b));
  return out;
}

std::optional<Booking> TrainingStore::FindBooking(std::int64_t partnership_id, std::int64_t id) {
  auto found = BookingsWhere("c.partnership_id = ? AND b.id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t TrainingStore::AddBooking(const Booking& b) {
  return db_.Insert(std::string(kBookingInsert) + kBookingRow + " RETURNING id", BookingValues(b));
}

void TrainingStore::AddBookings(const std::vector<Booking>& bookings) {
  for (std::size_t start = 0; start < bookings.size(); start += kRowsPerInsert) {
    std::string sql = kBookingInsert;
    storage::Params params;
    for (std::size_t i = start; i < std::min(bookings.size(), start + kRowsPerInsert); ++i) {
      sql += (i == start ? "" : ", ") + std::string(kBookingRow);
      for (auto& v : BookingValues(bookings[i])) params.push_back(std::move(v));
    }
    db_.Exec(sql, params);
  }
}

void TrainingStore::SaveBookingState(std::int64_t partnership_id, const Booking& b) {
  std::optional<std::string> attendance;
  if (b.attendance) attendance = std::string(core::CodeOf(Attendances(), *b.attendance));
  db_.Exec("UPDATE training_bookings SET status = ?, cancelled_on = ?, substitute_name = ?, attendance = ? WHERE id = ? "
           "AND event_id IN (SELECT e.id FROM training_events e JOIN training_courses c ON c.id = e.course_id "
           "WHERE c.partnership_id = ?)",
           {std::string(core::CodeOf(BookingStatuses(), b.status)), storage::NullableDate(b.cancelled_on),
            b.substitute_name, storage::Nullable(attendance), b.id, partnership_id});
}

void TrainingStore::SaveReminded(std::int64_t partnership_id, std::int64_t booking_id, const Date& on) {
  db_.Exec("UPDATE training_bookings SET reminded_on = ? WHERE id = ? AND event_id IN (SELECT e.id FROM "
           "training_events e JOIN training_courses c ON c.id = e.course_id WHERE c.partnership_id = ?)",
           {core::FormatDate(on), booking_id, partnership_id});
}

std::vector<ConferenceSession> TrainingStore::SessionsWhere(const std::string& condition, const storage::Params& params) {
  std::vector<ConferenceSession> out;
  for (const auto& r : db_.Query("SELECT s.id, s.event_id, s.starts_at, s.ends_at, s.kind, s.title, s.speaker, "
                                 "s.organisation FROM training_conference_sessions s JOIN training_events e ON e.id = "
                                 "s.event_id JOIN training_courses c ON c.id = e.course_id WHERE c.partnership_id = ? AND " +
                                     condition + " ORDER BY s.starts_at, s.id",
                                 params))
    out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3),
                   core::ParseCode(SessionKinds(), r.Text(4)).value_or(SessionKind::kTalk), r.Text(5), r.Text(6),
                   r.Text(7)});
  return out;
}

std::vector<ConferenceSession> TrainingStore::SessionsOf(std::int64_t partnership_id, std::int64_t event_id) {
  return SessionsWhere("s.event_id = ?", {partnership_id, event_id});
}

std::optional<ConferenceSession> TrainingStore::FindSession(std::int64_t partnership_id, std::int64_t session_id) {
  auto found = SessionsWhere("s.id = ?", {partnership_id, session_id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t TrainingStore::AddSession(const ConferenceSession& s) {
  return db_.Insert("INSERT INTO training_conference_sessions (event_id, starts_at, ends_at, kind, title, speaker, "
                    "organisation) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {s.event_id, s.starts_at, s.ends_at, std::string(core::CodeOf(SessionKinds(), s.kind)), s.title,
                     s.speaker, s.organisation});
}

bool TrainingStore::RemoveSession(std::int64_t partnership_id, std::int64_t event_id, std::int64_t session_id) {
  return !db_.Query("DELETE FROM training_conference_sessions WHERE id = ? AND event_id = ? AND event_id IN (SELECT "
                    "e.id FROM training_events e JOIN training_courses c ON c.id = e.course_id WHERE c.partnership_id = ?) "
                    "RETURNING id",
                    {session_id, event_id, partnership_id})
              .empty();
}

std::optional<BudgetRequest> TrainingStore::BudgetRequestOf(std::int64_t partnership_id, int year_start) {
  auto row = db_.QueryOne("SELECT r.id, r.submitted_on, r.submitted_to_group_id, r.decided_on, r.agreed_pence, "
                          "r.decision_note, COALESCE(g.name, '') FROM training_budget_requests r LEFT JOIN "
                          "partnership_groups g ON g.id = r.submitted_to_group_id WHERE r.partnership_id = ? AND "
                          "r.year_start = ?",
                          {partnership_id, std::int64_t{year_start}});
  if (!row) return std::nullopt;
  BudgetRequest r;
  r.id = row->Int(0);
  r.year_start = year_start;
  r.submitted_on = row->OptDate(1);
  r.submitted_to_group_id = row->OptInt(2);
  r.decided_on = row->OptDate(3);
  r.agreed_pence = row->OptInt(4);
  r.decision_note = row->Text(5);
  r.group_name = row->Text(6);
  for (const auto& item : db_.Query("SELECT id, description, pence FROM training_budget_items WHERE request_id = ? "
                                    "ORDER BY id",
                                    {r.id}))
    r.items.push_back({item.Int(0), item.Text(1), item.Int(2)});
  return r;
}

std::int64_t TrainingStore::AddBudgetItem(std::int64_t partnership_id, int year_start, const BudgetItem& item) {
  auto request = BudgetRequestOf(partnership_id, year_start);
  std::int64_t request_id =
      request ? request->id
              : db_.Insert("INSERT INTO training_budget_requests (partnership_id, year_start) VALUES (?, ?) RETURNING id",
                           {partnership_id, std::int64_t{year_start}});
  return db_.Insert("INSERT INTO training_budget_items (request_id, description, pence) VALUES (?, ?, ?) RETURNING id",
                    {request_id, item.description, item.pence});
}

void TrainingStore::SaveBudgetRequestState(std::int64_t partnership_id, const BudgetRequest& r) {
  db_.Exec("UPDATE training_budget_requests SET submitted_on = ?, submitted_to_group_id = ?, decided_on = ?, "
           "agreed_pence = ?, decision_note = ? WHERE id = ? AND partnership_id = ?",
           {storage::NullableDate(r.submitted_on), storage::Nullable(r.submitted_to_group_id),
            storage::NullableDate(r.decided_on), storage::Nullable(r.agreed_pence), r.decision_note, r.id, partnership_id});
}

std::vector<Completion> TrainingStore::CompletionsBetween(std::int64_t partnership_id, const Date& from, const Date& to) {
  std::vector<Completion> out;
  for (const auto& r : db_.Query("SELECT c.id, c.module, c.name, c.email, c.agency_id, c.organisation, c.completed_on, "
                                 "COALESCE(a.name, '') FROM elearning_completions c LEFT JOIN agencies a ON a.id = c.agency_id "
                                 "WHERE c.partnership_id = ? AND c.completed_on >= ? AND c.completed_on <= ? "
                                 "ORDER BY c.completed_on, c.id",
                                 {partnership_id, core::FormatDate(from), core::FormatDate(to)}))
    out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.OptInt(4), r.Text(5), *r.OptDate(6), r.Text(7)});
  return out;
}

std::set<std::string> TrainingStore::CompletionKeys(std::int64_t partnership_id) {
  std::set<std::string> out;
  for (const auto& r : db_.Query("SELECT completion_key FROM elearning_completions WHERE partnership_id = ?", {partnership_id}))
    out.insert(r.Text(0));
  return out;
}

void TrainingStore::AddCompletions(std::int64_t partnership_id, const std::vector<Completion>& completions) {
  for (std::size_t start = 0; start < completions.size(); start += kRowsPerInsert) {
    std::string sql =
        "INSERT INTO elearning_completions (partnership_id, module, name, email, completion_key, agency_id, organisation, "
        "completed_on) VALUES ";
    storage::Params params;
    for (std::size_t i = start; i < std::min(completions.size(), start + kRowsPerInsert); ++i) {
      const auto& c = completions[i];
      sql += (i == start ? "" : ", ") + std::string("(?, ?, ?, ?, ?, ?, ?, ?)");
      for (auto& v : storage::Params{partnership_id, c.module, c.name, c.email, CompletionKey(c), storage::Nullable(c.agency_id),
                                     c.agency_id ? std::string() : c.organisation, core::FormatDate(c.completed_on)})
        params.push_back(std::move(v));
    }
    db_.Exec(sql, params);
  }
}

std::vector<NeedsReturn> TrainingStore::NeedsReturns(std::int64_t partnership_id, int year_start) {
  std::vector<NeedsReturn> out;
  for (const auto& r : db_.Query("SELECT n.id, n.year_start, n.agency_id, n.organisation, n.single_agency_in_place, "
                                 "n.accessing_inter_agency, n.gaps, n.returned_on, COALESCE(a.name, '') "
                                 "FROM training_needs_returns n LEFT JOIN agencies a ON a.id = n.agency_id "
                                 "WHERE n.partnership_id = ? AND n.year_start = ? ORDER BY COALESCE(a.name, n.organisation), n.id",
                                 {partnership_id, std::int64_t{year_start}})) {
    NeedsReturn n;
    n.id = r.Int(0);
    n.year_start = static_cast<int>(r.Int(1));
    n.agency_id = r.OptInt(2);
    n.organisation = r.Text(3);
    n.single_agency_in_place = r.Bool(4);
    n.accessing_inter_agency = r.Bool(5);
    n.gaps = r.Text(6);
    n.returned_on = *r.OptDate(7);
    n.agency_name = r.Text(8);
    out.push_back(std::move(n));
  }
  return out;
}

std::int64_t TrainingStore::AddNeedsReturn(std::int64_t partnership_id, const NeedsReturn& n) {
  return db_.Insert("INSERT INTO training_needs_returns (partnership_id, year_start, agency_id, organisation, respondent_key, "
                    "single_agency_in_place, accessing_inter_agency, gaps, returned_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id",
                    {partnership_id, std::int64_t{n.year_start}, storage::Nullable(n.agency_id),
                     n.agency_id ? std::string() : n.organisation, RespondentKey(n), std::int64_t{n.single_agency_in_place},
                     std::int64_t{n.accessing_inter_agency}, n.gaps, core::FormatDate(n.returned_on)});
}

namespace {
constexpr const char* kOfPartnership =
    " AND event_id IN (SELECT e.id FROM training_events e JOIN training_courses c ON c.id = e.course_id "
    "WHERE c.partnership_id = ?)";
constexpr const char* kBookingForm = "training-booking";
}  // namespace

void TrainingStore::SetApprovalToken(std::int64_t partnership_id, std::int64_t booking_id, const std::string& token_hash) {
  db_.Exec(std::string("UPDATE training_bookings SET approval_token_hash = ? WHERE id = ?") + kOfPartnership,
           {token_hash, booking_id, partnership_id});
}

std::optional<Booking> TrainingStore::FindByApprovalToken(std::int64_t partnership_id, const std::string& token_hash) {
  auto found = BookingsWhere("c.partnership_id = ? AND b.approval_token_hash = ?", {partnership_id, token_hash});
  if (found.empty()) return std::nullopt;
  return found.front();
}

void TrainingStore::SaveApproval(std::int64_t partnership_id, const Booking& b, bool confirmed) {
  db_.Exec(std::string("UPDATE training_bookings SET status = ?, cancelled_on = ?, confirmed_by = ?, "
                       "approval_token_hash = NULL WHERE id = ?") +
               kOfPartnership,
           {std::string(core::CodeOf(BookingStatuses(), b.status)), storage::NullableDate(b.cancelled_on),
            confirmed ? storage::Value(std::string("manager")) : storage::Value(nullptr), b.id, partnership_id});
}

void TrainingStore::LogPublicRequest(std::int64_t partnership_id, const std::string& address_key,
                                     const std::string& email_key, const std::string& at) {
  db_.Exec("INSERT INTO public_requests (partnership_id, form, address_key, email_key, requested_at) VALUES (?, ?, ?, ?, ?)",
           {partnership_id, std::string(kBookingForm), address_key, email_key, at});
}

int TrainingStore::RequestsFromAddressSince(std::int64_t partnership_id, const std::string& address_key,
                                            const std::string& since) {
  auto r = db_.QueryOne("SELECT COUNT(*) FROM public_requests WHERE partnership_id = ? AND form = ? AND address_key = ? "
                        "AND requested_at >= ?",
                        {partnership_id, std::string(kBookingForm), address_key, since});
  return r ? static_cast<int>(r->Int(0)) : 0;
}

int TrainingStore::RequestsForEmailSince(std::int64_t partnership_id, const std::string& email_key, const std::string& since) {
  auto r = db_.QueryOne("SELECT COUNT(*) FROM public_requests WHERE partnership_id = ? AND form = ? AND email_key = ? "
                        "AND requested_at >= ?",
                        {partnership_id, std::string(kBookingForm), email_key, since});
  return r ? static_cast<int>(r->Int(0)) : 0;
}

void TrainingStore::ForgetRequestsBefore(const std::string& before) {
  db_.Exec("DELETE FROM public_requests WHERE requested_at < ?", {before});
}

namespace {

Evaluation EvaluationFromRow(const storage::Row& r, std::size_t at) {
  Evaluation e;
  e.id = r.Int(at);
  e.booking_id = r.Int(at + 1);
  e.stage = core::ParseCode(Stages(), r.Text(at + 2)).value_or(Stage::kBefore);
  e.confidence = static_cast<int>(r.Int(at + 3));
  e.knowledge = static_cast<int>(r.Int(at + 4));
  if (auto used = r.OptInt(at + 5)) e.used_in_practice = *used != 0;
  e.with_manager = r.Bool(at + 6);
  e.comment = r.Text(at + 7);
  e.completed_on = *r.OptDate(at + 8);
  return e;
}

constexpr const char* kEvaluationColumns =
    "v.id, v.booking_id, v.stage, v.confidence, v.knowledge, v.used_in_practice, v.with_manager, v.comment, v.completed_on";

storage::Params EvaluationValues(const Evaluation& e) {
  std::optional<std::int64_t> used;
  if (e.used_in_practice) used = *e.used_in_practice ? 1 : 0;
  return {e.booking_id, std::string(core::CodeOf(Stages(), e.stage)), std::int64_t{e.confidence}, std::int64_t{e.knowledge},
          storage::Nullable(used), std::int64_t{e.with_manager}, e.comment, core::FormatDate(e.completed_on)};
}

constexpr const char* kEvaluationInsert =
    "INSERT INTO training_evaluations (booking_id, stage, confidence, knowledge, used_in_practice, with_manager, comment, "
    "completed_on) VALUES ";

}  // namespace

std::vector<Evaluation> TrainingStore::EvaluationsOf(std::int64_t partnership_id, std::int64_t booking_id) {
  std::vector<Evaluation> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kEvaluationColumns +
                                     " FROM training_evaluations v JOIN training_bookings b ON b.id = v.booking_id "
                                     "JOIN training_events e ON e.id = b.event_id JOIN training_courses c ON c.id = e.course_id "
                                     "WHERE c.partnership_id = ? AND v.booking_id = ? ORDER BY v.completed_on, v.id",
                                 {partnership_id, booking_id}))
    out.push_back(EvaluationFromRow(r, 0));
  return out;
}

std::vector<EvaluatedPlace> TrainingStore::EvaluationsBetween(std::int64_t partnership_id, const Date& from, const Date& to) {
  std::vector<EvaluatedPlace> out;
  for (const auto& r : db_.Query(std::string("SELECT c.title, ") + kEvaluationColumns +
                                     " FROM training_evaluations v JOIN training_bookings b ON b.id = v.booking_id "
                                     "JOIN training_events e ON e.id = b.event_id JOIN training_courses c ON c.id = e.course_id "
                                     "WHERE c.partnership_id = ? AND e.held_on >= ? AND e.held_on <= ?",
                                 {partnership_id, core::FormatDate(from), core::FormatDate(to)}))
    out.push_back({r.Text(0), EvaluationFromRow(r, 1)});
  return out;
}

std::int64_t TrainingStore::AddEvaluation(const Evaluation& e) {
  return db_.Insert(std::string(kEvaluationInsert) + "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", EvaluationValues(e));
}

void TrainingStore::AddEvaluations(const std::vector<Evaluation>& evaluations) {
  for (std::size_t start = 0; start < evaluations.size(); start += kRowsPerInsert) {
    std::string sql = kEvaluationInsert;
    storage::Params params;
    for (std::size_t i = start; i < std::min(evaluations.size(), start + kRowsPerInsert); ++i) {
      sql += (i == start ? "" : ", ") + std::string("(?, ?, ?, ?, ?, ?, ?, ?)");
      for (auto& v : EvaluationValues(evaluations[i])) params.push_back(std::move(v));
    }
    db_.Exec(sql, params);
  }
}

std::vector<Trainer> TrainingStore::Trainers(std::int64_t partnership_id) {
  std::vector<Trainer> out;
  for (const auto& r : db_.Query("SELECT t.id, t.name, t.agency_id, t.joined_on, t.left_on, COALESCE(a.name, '') "
                                 "FROM training_trainers t LEFT JOIN agencies a ON a.id = t.agency_id "
                                 "WHERE t.partnership_id = ? ORDER BY t.left_on IS NOT NULL, t.name, t.id",
                                 {partnership_id}))
    out.push_back({r.Int(0), r.Text(1), r.OptInt(2), *r.OptDate(3), r.OptDate(4), r.Text(5)});
  return out;
}

std::int64_t TrainingStore::AddTrainer(std::int64_t partnership_id, const Trainer& t) {
  return db_.Insert("INSERT INTO training_trainers (partnership_id, name, agency_id, joined_on) VALUES (?, ?, ?, ?) RETURNING id",
                    {partnership_id, t.name, storage::Nullable(t.agency_id), core::FormatDate(t.joined_on)});
}

void TrainingStore::SaveTrainerLeft(std::int64_t partnership_id, std::int64_t trainer_id, const Date& on) {
  db_.Exec("UPDATE training_trainers SET left_on = ? WHERE partnership_id = ? AND id = ?",
           {core::FormatDate(on), partnership_id, trainer_id});
}

int TrainingStore::AnonymiseBefore(const Date& before, int limit) {
  constexpr const char* kAnonymous = "Anonymised";
  int count = 0;
  for (const auto& r : db_.Query("SELECT b.id, b.email_key FROM training_bookings b JOIN training_events e ON e.id = b.event_id "
                                 "WHERE e.held_on < ? AND b.name <> ? ORDER BY b.id LIMIT ?",
                                 {core::FormatDate(before), std::string(kAnonymous), std::int64_t{limit}})) {
    db_.Exec("UPDATE training_bookings SET name = ?, work_email = '', manager_email = '', "
             "substitute_name = CASE WHEN substitute_name = '' THEN '' ELSE ? END, email_key = ?, approval_token_hash = NULL "
             "WHERE id = ?",
             {std::string(kAnonymous), std::string(kAnonymous), "hash:" + auth::HashToken(r.Text(1)), r.Int(0)});
    ++count;
  }
  // Evaluations' comments may name someone: they go too; the scores stay.
  db_.Exec("UPDATE training_evaluations SET comment = '' WHERE comment <> '' AND booking_id IN (SELECT b.id FROM "
           "training_bookings b JOIN training_events e ON e.id = b.event_id WHERE e.held_on < ?)",
           {core::FormatDate(before)});
  for (const auto& r : db_.Query("SELECT id, email, module, completed_on FROM elearning_completions WHERE completed_on < ? "
                                 "AND name <> ? ORDER BY id LIMIT ?",
                                 {core::FormatDate(before), std::string(kAnonymous), std::int64_t{limit}})) {
    auto email_hash = "hash:" + auth::HashToken(core::AsciiLower(r.Text(1)));
    db_.Exec("UPDATE elearning_completions SET name = ?, email = ?, completion_key = ? WHERE id = ?",
             {std::string(kAnonymous), email_hash, core::AsciiLower(r.Text(2)) + "|" + email_hash + "|" + r.Text(3), r.Int(0)});
    ++count;
  }
  return count;
}

ChargeRules TrainingStore::Rules(std::int64_t partnership_id) {
  ChargeRules rules;
  if (auto r = db_.QueryOne("SELECT fee_pence, late_cancellation_pence, no_show_pence, late_days FROM training_charge_rules "
                            "WHERE partnership_id = ?",
                            {partnership_id})) {
    rules.fee_pence = r->Int(0);
    rules.late_cancellation_pence = r->Int(1);
    rules.no_show_pence = r->Int(2);
    rules.late_days = static_cast<int>(r->Int(3));
  }
  for (const auto& r : db_.Query("SELECT agency_id FROM training_free_agencies WHERE partnership_id = ?", {partnership_id}))
    rules.free_agencies.insert(r.Int(0));
  return rules;
}

void TrainingStore::SaveRules(std::int64_t partnership_id, const ChargeRules& rules) {
  db_.Exec("INSERT INTO training_charge_rules (partnership_id, fee_pence, late_cancellation_pence, no_show_pence, late_days) "
           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (partnership_id) DO UPDATE SET fee_pence = excluded.fee_pence, "
           "late_cancellation_pence = excluded.late_cancellation_pence, no_show_pence = excluded.no_show_pence, "
           "late_days = excluded.late_days",
           {partnership_id, rules.fee_pence, rules.late_cancellation_pence, rules.no_show_pence,
            std::int64_t{rules.late_days}});
  db_.Exec("DELETE FROM training_free_agencies WHERE partnership_id = ?", {partnership_id});
  for (auto agency : rules.free_agencies)
    db_.Exec("INSERT INTO training_free_agencies (partnership_id, agency_id) VALUES (?, ?)", {partnership_id, agency});
}

}  // namespace safeboard::training
