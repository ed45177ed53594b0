#include "meetings/digest.h"

#include <map>
#include <vector>

#include "governance/store.h"
#include "mail/choices_store.h"
#include "mail/store.h"
#include "meetings/notices.h"
#include "meetings/store.h"

namespace safeboard::meetings {

int QueueActionDigests(storage::Connection& db, const core::Date& today, const std::string& base_url,
                       const std::string& queued_at) {
  governance::GovernanceStore governance(db);
  int queued = 0;
  for (const auto& partnership : governance.PartnershipsOfUser(0, true)) {
    storage::Transaction tx(db);
    MeetingStore store(db);
    if (!store.ClaimDigestDay(partnership.id, today)) continue;
    auto due_by = core::AddDays(today, kDigestDaysAhead);
    std::map<std::int64_t, std::vector<DigestAction>> by_person;
    std::map<std::int64_t, std::string> groups;
    for (const auto& g : governance.ListGroups(partnership.id)) groups[g.id] = g.name;
    for (const auto& [action, meeting] : store.OpenActions(partnership.id, std::nullopt)) {
      if (!action.owner_person_id || !action.due_on || *action.due_on > due_by) continue;
      by_person[*action.owner_person_id].push_back(
          {groups[meeting.group_id] + " meeting of " + core::FormatDateLong(meeting.meets_on), *action.due_on,
           *action.due_on < today});
    }
    auto people = governance.ListPeople(partnership.id);
    std::vector<std::int64_t> users;
    for (const auto& p : people)
      if (p.user_id) users.push_back(*p.user_id);
    auto turned_off = mail::EmailChoicesStore(db).TurnedOff(mail::MailKind::kDigest, users);
    mail::Outbox outbox(db);
    for (const auto& p : people) {
      auto actions = by_person.find(p.id);
      if (actions == by_person.end() || p.ended_on || p.email.empty() || (p.user_id && turned_off.count(*p.user_id)))
        continue;
      auto message = ActionsDigestMessage({p.full_name, p.email}, actions->second, base_url + "/p/" + partnership.slug);
      if (mail::MailProblem(message)) continue;
      outbox.Queue(message, partnership.id, queued_at);
      ++queued;
    }
    tx.Commit();
  }
  return queued;
}

}  // namespace safeboard::meetings
