// Email from the meeting pages (issue 15): who is told, and queueing the messages in the outbox
// within the page's transaction when the server sends email.
#include <set>

#include "governance/store.h"
#include "mail/choices_store.h"
#include "mail/store.h"
#include "meetings/pages/shared.h"

namespace safeboard::ui::pages::meeting_pages {

namespace {

// The people with an email address, less those whose account turned this kind of email off.
std::vector<meetings::Recipient> WithEmail(Context& ctx, const std::set<std::int64_t>& person_ids, mail::MailKind kind) {
  auto people = governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id());
  std::vector<std::int64_t> users;
  for (const auto& p : people)
    if (person_ids.count(p.id) && p.user_id) users.push_back(*p.user_id);
  auto turned_off = mail::EmailChoicesStore(ctx.db).TurnedOff(kind, users);
  std::vector<meetings::Recipient> out;
  for (const auto& p : people)
    if (person_ids.count(p.id) && !p.ended_on && !p.email.empty() && !(p.user_id && turned_off.count(*p.user_id)))
      out.push_back({p.full_name, p.email});
  return out;
}

}  // namespace

std::vector<meetings::Recipient> CurrentMembersOf(Context& ctx, std::int64_t group_id, const core::Date& on,
                                                  mail::MailKind kind) {
  std::set<std::int64_t> people;
  for (const auto& m : governance::GovernanceStore(ctx.db).MembersOfGroup(ctx.partnership_id(), group_id, on))
    people.insert(m.membership.person_id);
  return WithEmail(ctx, people, kind);
}

std::vector<meetings::Recipient> ChairAndBoardTeam(Context& ctx, const governance::Group& group, const core::Date& on) {
  auto people = governance::BoardTeamOn(governance::GovernanceStore(ctx.db).ListMemberships(ctx.partnership_id()), on);
  if (group.chair_person_id) people.insert(*group.chair_person_id);
  return WithEmail(ctx, people, mail::MailKind::kApologies);
}

int QueueMail(Context& ctx, const std::vector<mail::MailMessage>& messages) {
  if (!ctx.mail_enabled) return 0;
  mail::Outbox outbox(ctx.db);
  std::string now = core::FormatTimestamp(ctx.clock.Now());
  int queued = 0;
  for (const auto& m : messages) {
    if (mail::MailProblem(m)) continue;  // an address that is not one is not sent to
    outbox.Queue(m, ctx.partnership_id(), now);
    ++queued;
  }
  return queued;
}

}  // namespace safeboard::ui::pages::meeting_pages
