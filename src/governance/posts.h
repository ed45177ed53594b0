// Posts: the jobs boards name as leads ("Head of Safeguarding", "Designated Nurse"), belonging to
// an agency or to the board itself, held by different people over time and sometimes vacant.
// Plain records and the rules that check them; governance/post_store.h reads and writes them.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"

namespace safeboard::governance {

struct PostHolding {
  std::int64_t id = 0;
  std::int64_t post_id = 0;
  std::int64_t person_id = 0;
  std::string person_name;
  core::Date started_on;
  std::optional<core::Date> ended_on;
};

struct Post {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string title;
  std::optional<std::int64_t> agency_id;  // nullopt: a post of the board itself
  std::string agency_name;                // "" for the board's own posts
  std::optional<core::Date> ended_on;     // the post no longer exists
  std::vector<PostHolding> holdings;      // oldest first
};

// How a post is named where it could be confused with another: "Designated Nurse (NHS Milton
// Keynes)"; a post of the board is its title alone.
std::string PostName(const Post& post);

// Who holds the post on `on`, if anyone.
// RULE: issue 14 - a post is held by one person at a time, and may be vacant.
const PostHolding* HolderOn(const Post& post, const core::Date& on);

// Fields: title, agency_id (one of `agencies`; blank for a post of the board). Keeps out.id,
// out.partnership_id and out.holdings.
core::FieldErrors ReadPost(const core::FieldValues& in, const std::vector<std::int64_t>& agencies, Post& out);

// A new holder. Fields: person_id (one of `people`), started_on.
// RULE: issue 14 - one holder at a time: a new holder from a day ends the holding open then on the
// day before, so the new holder must start after the current one started.
// `ends_previous` is set to the holding to end (and its end date), if any.
struct EndsHolding {
  std::int64_t holding_id = 0;
  core::Date ended_on;
};
core::FieldErrors ReadNewHolder(const core::FieldValues& in, const std::vector<std::int64_t>& people, const Post& post,
                                PostHolding& out, std::optional<EndsHolding>& ends_previous);

// The post falls vacant: its open holding ends on `on` (field "ended_on"), not before it started.
core::FieldErrors ReadVacancy(const core::FieldValues& in, const Post& post, EndsHolding& out);

}  // namespace safeboard::governance
