// Complaints about the board's functions (issue 16; constitution 10): the record, the board's
// deadlines in working days, where a complaint stands, the year's figures and the form readers.
// No I/O, no clock.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/due_date.h"
#include "core/field_errors.h"
#include "core/status.h"
#include "core/vocabulary.h"

namespace safeboard::assurance {

using core::Date;

enum class ComplaintChannel { kEmail, kLetter, kPhone, kInPerson, kWebsite };
enum class Complainant { kParent, kYoungPerson, kProfessional, kPublic, kOther };
enum class ComplaintOutcome { kUpheld, kPartlyUpheld, kNotUpheld, kWithdrawn };
// Where a complaint that is not about the board's own functions belongs.
enum class RedirectedTo { kAgency, kConference, kLado, kEscalation, kOther };
std::span<const core::Term<ComplaintChannel>> ComplaintChannels();
std::span<const core::Term<Complainant>> Complainants();
std::span<const core::Term<ComplaintOutcome>> ComplaintOutcomes();
std::span<const core::Term<RedirectedTo>> RedirectedTos();

struct Complaint {
  std::int64_t id = 0;
  Date received_on;
  ComplaintChannel channel = ComplaintChannel::kEmail;
  Complainant complainant = Complainant::kOther;
  std::string summary;
  std::optional<Date> acknowledged_on;
  std::optional<Date> responded_on;
  std::optional<ComplaintOutcome> outcome;
  std::string learning;
  std::optional<RedirectedTo> redirected_to;
  std::string redirected_where;
  std::optional<Date> redirected_on;
};

// The board's own deadlines, in working days from the day a complaint is received.
struct ComplaintDeadlines {
  int acknowledge_working_days = 3;
  int respond_working_days = 20;
};
Date AcknowledgeBy(const Complaint& c, const ComplaintDeadlines& d);
Date RespondBy(const Complaint& c, const ComplaintDeadlines& d);

enum class ComplaintStanding { kAwaitingAcknowledgement, kAwaitingResponse, kOverdue, kResponded, kRedirected };
std::span<const core::Term<ComplaintStanding>> ComplaintStandings();
core::Status StatusOf(ComplaintStanding standing);
// RULE: issue 16 - a complaint is redirected once recorded as belonging elsewhere, responded once
// answered, overdue when today is past the deadline it has not met (acknowledgement, then
// response), and otherwise awaits its acknowledgement, then its response.
ComplaintStanding StandingOf(const Complaint& c, const ComplaintDeadlines& d, const Date& today);
// RULE: issue 16 - met means done on or before the deadline.
bool AcknowledgedInTime(const Complaint& c, const ComplaintDeadlines& d);
bool RespondedInTime(const Complaint& c, const ComplaintDeadlines& d);
// The next deadline of an open complaint, for the governance calendar (nothing once responded or
// redirected). Names the complaint by its number and day received only: the calendar is seen by
// every member.
std::optional<core::DueDate> NextDeadline(const Complaint& c, const ComplaintDeadlines& d);

// The figures for the complaints received in a period.
struct ComplaintFigures {
  int received = 0;
  int redirected = 0;
  int responded = 0;
  int responded_in_time = 0;
  int acknowledged = 0;
  int acknowledged_in_time = 0;
  int upheld = 0;  // upheld or partly upheld
};
ComplaintFigures CountComplaints(std::span<const Complaint> complaints, const ComplaintDeadlines& d);

// A complaint from a form or JSON: received, channel, complainant, summary; acknowledged and
// responded (not before received, not after today); outcome (needed once responded) and
// learning; redirected to, where and when (together).
core::FieldErrors ReadComplaint(const core::FieldValues& in, const Date& today, Complaint& out);
// The board's deadlines: 1 to 60 working days to acknowledge, 1 to 120 to respond, the response
// not before the acknowledgement.
core::FieldErrors ReadComplaintDeadlines(const core::FieldValues& in, ComplaintDeadlines& out);

}  // namespace safeboard::assurance
