// What the meetings area tells people by email (issue 15), as messages: minutes circulated for
// approval, apologies received. Pure: the pages queue them (mail::Outbox) with the write.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "mail/message.h"

namespace safeboard::meetings {

struct Recipient {
  std::string name;
  std::string email;
};

// RULE: issue 15 - a message carries no case-level data: it names the group and the meeting's
// date and links to the page, never minute text, agenda items or papers, which the page shows
// to those entitled.
mail::MailMessage MinutesCirculatedMessage(const Recipient& to, const std::string& group_name,
                                           const core::Date& meets_on, const std::string& link);
// The agenda and papers are ready to read before the meeting; `again` when they were circulated
// before and have changed.
mail::MailMessage PapersCirculatedMessage(const Recipient& to, const std::string& group_name,
                                          const core::Date& meets_on, const std::string& starts_at, int papers,
                                          bool again, const std::string& link);
// RULE: issue 15 - the daily digest of a person's actions arising due within the week or overdue:
// each by its due date and the meeting it came from, never its text.
struct DigestAction {
  std::string meeting;  // "Board meeting of 15 March 2012"
  core::Date due_on;
  bool overdue = false;
};
mail::MailMessage ActionsDigestMessage(const Recipient& to, const std::vector<DigestAction>& actions,
                                       const std::string& link);
mail::MailMessage ApologiesReceivedMessage(const Recipient& to, const std::string& member_name,
                                           const std::optional<std::string>& deputy_name,
                                           const std::string& group_name, const core::Date& meets_on,
                                           const std::string& link);

}  // namespace safeboard::meetings
