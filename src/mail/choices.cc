#include "mail/choices.h"

#include <array>

namespace safeboard::mail {

namespace {
constexpr std::array<core::Term<MailKind>, 4> kMailKinds{{
    {MailKind::kPapers, "papers", "Papers circulated for a meeting of a group I belong to"},
    {MailKind::kMinutes, "minutes", "Minutes circulated for approval"},
    {MailKind::kApologies, "apologies", "Apologies sent for a meeting I chair or service"},
    {MailKind::kDigest, "digest", "A daily list of my actions due in the next week or overdue"},
}};
}  // namespace

std::span<const core::Term<MailKind>> MailKinds() { return kMailKinds; }

}  // namespace safeboard::mail
