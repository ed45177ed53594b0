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
