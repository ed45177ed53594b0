#include "meetings/notices.h"

namespace safeboard::meetings {

mail::MailMessage MinutesCirculatedMessage(const Recipient& to, const std::string& group_name,
                                           const core::Date& meets_on, const std::string& link) {
  std::string meeting = group_name + " meeting of " + core::FormatDateLong(meets_on);
  std::string body = "Dear " + to.name + ",\n\n";
  body += "The draft minutes of the " + meeting + " have been circulated to members. They will be put to the "
          "next meeting for approval. Read them, and tell the business manager of any correction, here:\n\n";
  body += link + "\n";
  return {to.email, to.name, "Minutes for approval: " + meeting, body};
}

mail::MailMessage PapersCirculatedMessage(const Recipient& to, const std::string& group_name,
                                          const core::Date& meets_on, const std::string& starts_at, int papers,
                                          bool again, const std::string& link) {
  std::string meeting = group_name + " meeting of " + core::FormatDateLong(meets_on);
  std::string body = "Dear " + to.name + ",\n\n";
  body += std::string(again ? "The agenda and papers have changed for the " : "The agenda and papers are ready for the ") +
          meeting + " at " + starts_at + ". ";
  body += papers == 0 ? std::string("There are no papers yet.")
                      : std::to_string(papers) + (papers == 1 ? " paper is" : " papers are") + " on the agenda.";
  body += " Read them, and send your apologies if you cannot come, here:\n\n" + link + "\n";
  return {to.email, to.name, std::string(again ? "Papers changed: " : "Papers: ") + meeting, body};
}

mail::MailMessage ActionsDigestMessage(const Recipient& to, const std::vector<DigestAction>& actions,
                                       const std::string& link) {
  int overdue = 0;
  for (const auto& a : actions) overdue += a.overdue;
  std::string body = "Dear " + to.name + ",\n\n";
  body += "You have " + std::to_string(actions.size()) + (actions.size() == 1 ? " action" : " actions") +
          " from meetings due in the next week or overdue:\n\n";
  for (const auto& a : actions)
    body += "- " + std::string(a.overdue ? "Overdue since " : "Due ") + core::FormatDateLong(a.due_on) + ", from the " +
            a.meeting + "\n";
  body += "\nSee them and mark them done here:\n\n" + link + "\n";
  std::string subject = overdue ? "Your actions: " + std::to_string(overdue) + " overdue" : "Your actions due this week";
  return {to.email, to.name, subject, body};
}

mail::MailMessage ApologiesReceivedMessage(const Recipient& to, const std::string& member_name,
                                           const std::optional<std::string>& deputy_name,
                                           const std::string& group_name, const core::Date& meets_on,
                                           const std::string& link) {
  std::string meeting = group_name + " meeting of " + core::FormatDateLong(meets_on);
  std::string body = "Dear " + to.name + ",\n\n";
  body += member_name + " has sent apologies for the " + meeting + ".";
  body += deputy_name ? " " + *deputy_name + " will attend as their deputy.\n\n" : " No deputy was named.\n\n";
  body += "The meeting's attendance:\n\n" + link + "\n";
  return {to.email, to.name, "Apologies from " + member_name + ": " + meeting, body};
}

}  // namespace safeboard::meetings
