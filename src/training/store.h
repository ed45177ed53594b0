// All of the training programme's SQL (issue 17), scoped by partnership.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "storage/database.h"
#include "training/budget_request.h"
#include "training/conference.h"
#include "training/elearning.h"
#include "training/evaluation.h"
#include "training/needs.h"
#include "training/training.h"

namespace safeboard::training {

class TrainingStore {
 public:
  explicit TrainingStore(storage::Connection& db) : db_(db) {}

  std::vector<Course> Courses(std::int64_t partnership_id);
  std::optional<Course> FindCourse(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddCourse(std::int64_t partnership_id, const Course& course);

  // Events held from `from` to `to` (inclusive), by day.
  std::vector<Event> EventsBetween(std::int64_t partnership_id, const Date& from, const Date& to);
  std::optional<Event> FindEvent(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddEvent(const Event& event);

  std::vector<Booking> BookingsOf(std::int64_t partnership_id, std::int64_t event_id);
  // The events from `from` to `to` each with its bookings, in two queries.
  std::vector<EventWithBookings> EventsWithBookings(std::int64_t partnership_id, const Date& from, const Date& to);
  std::optional<Booking> FindBooking(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddBooking(const Booking& booking);
  // Many bookings at once (the demo's years of attendance): one statement per hundred rows.
  void AddBookings(const std::vector<Booking>& bookings);
  // Its status, cancellation, substitute and attendance.
  void SaveBookingState(std::int64_t partnership_id, const Booking& booking);
  // The day the place's reminder was emailed.
  void SaveReminded(std::int64_t partnership_id, std::int64_t booking_id, const Date& on);

  // A conference's programme, by time; a session added or taken out (another board's: nothing).
  std::vector<ConferenceSession> SessionsOf(std::int64_t partnership_id, std::int64_t event_id);
  std::optional<ConferenceSession> FindSession(std::int64_t partnership_id, std::int64_t session_id);
  std::int64_t AddSession(const ConferenceSession& session);
  bool RemoveSession(std::int64_t partnership_id, std::int64_t event_id, std::int64_t session_id);

  // E-learning completions from `from` to `to`, by day; the keys of all of them, to refuse a repeat.
  std::vector<Completion> CompletionsBetween(std::int64_t partnership_id, const Date& from, const Date& to);
  std::set<std::string> CompletionKeys(std::int64_t partnership_id);
  void AddCompletions(std::int64_t partnership_id, const std::vector<Completion>& completions);

  // A year's needs analysis returns, by respondent.
  std::vector<NeedsReturn> NeedsReturns(std::int64_t partnership_id, int year_start);
  std::int64_t AddNeedsReturn(std::int64_t partnership_id, const NeedsReturn& r);

  // A public request's one-time approval link: only its hash is stored, and cleared when used.
  void SetApprovalToken(std::int64_t partnership_id, std::int64_t booking_id, const std::string& token_hash);
  std::optional<Booking> FindByApprovalToken(std::int64_t partnership_id, const std::string& token_hash);
  // The manager's decision: the booking's status, who confirmed it ("manager", or none when
  // declined), and the link used up.
  void SaveApproval(std::int64_t partnership_id, const Booking& booking, bool confirmed);

  // The public requests log (issue 17's limits): a hash of the address and the email key.
  void LogPublicRequest(std::int64_t partnership_id, const std::string& address_key, const std::string& email_key,
                        const std::string& at);
  int RequestsFromAddressSince(std::int64_t partnership_id, const std::string& address_key, const std::string& since);
  int RequestsForEmailSince(std::int64_t partnership_id, const std::string& email_key, const std::string& since);
  // RULE: issue 17 - the log is kept one day: deletes entries before `before`.
  void ForgetRequestsBefore(const std::string& before);

  // RULE: issue 17 - retention: anonymises, in every partnership, the bookings of events held
  // before `before` and the e-learning completions before it (names and emails gone, the email's
  // hash kept as the key); at most `limit` of each a call, so a large database catches up over a
  // few days without slowing a start; how many rows.
  int AnonymiseBefore(const Date& before, int limit = 2000);

  // Evaluations: a place's, and every evaluation of the events from `from` to `to` with its course.
  std::vector<Evaluation> EvaluationsOf(std::int64_t partnership_id, std::int64_t booking_id);
  std::vector<EvaluatedPlace> EvaluationsBetween(std::int64_t partnership_id, const Date& from, const Date& to);
  std::int64_t AddEvaluation(const Evaluation& evaluation);
  void AddEvaluations(const std::vector<Evaluation>& evaluations);  // the demo's, in bulk

  // The pool of trainers: those still in it first (by name), then those who left.
  std::vector<Trainer> Trainers(std::int64_t partnership_id);
  std::int64_t AddTrainer(std::int64_t partnership_id, const Trainer& trainer);
  void SaveTrainerLeft(std::int64_t partnership_id, std::int64_t trainer_id, const Date& on);

  // The year's budget request with its items (in the order added); none yet: nullopt.
  std::optional<BudgetRequest> BudgetRequestOf(std::int64_t partnership_id, int year_start);
  // Adds an item to the year's request, starting the request when there is none.
  std::int64_t AddBudgetItem(std::int64_t partnership_id, int year_start, const BudgetItem& item);
  // The submission's and the decision's fields.
  void SaveBudgetRequestState(std::int64_t partnership_id, const BudgetRequest& request);

  ChargeRules Rules(std::int64_t partnership_id);  // none set: everything free
  void SaveRules(std::int64_t partnership_id, const ChargeRules& rules);

 private:
  std::vector<Booking> BookingsWhere(const std::string& condition, const storage::Params& params);
  std::vector<ConferenceSession> SessionsWhere(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::training
