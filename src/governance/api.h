// The JSON API (/api/v1) for agencies, people, groups and memberships. Errors
// are JSON: {"error": "..."} or, for bad fields, {"errors": {"field": "message"}} with 422.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response ListAgencies(http::Context& ctx);
http::Response GetAgency(http::Context& ctx);
http::Response CreateAgency(http::Context& ctx);
http::Response UpdateAgency(http::Context& ctx);

http::Response ListPeople(http::Context& ctx);
http::Response GetPerson(http::Context& ctx);
http::Response CreatePerson(http::Context& ctx);
http::Response UpdatePerson(http::Context& ctx);

http::Response ListGroups(http::Context& ctx);
http::Response GetGroup(http::Context& ctx);
http::Response CreateGroup(http::Context& ctx);
http::Response UpdateGroup(http::Context& ctx);

// Posts (governance/api_posts.cc).
http::Response ListPosts(http::Context& ctx);
http::Response CreatePost(http::Context& ctx);
http::Response AddPostHolder(http::Context& ctx);

http::Response ListGroupMembers(http::Context& ctx);
http::Response CreateMembership(http::Context& ctx);
http::Response EndMembership(http::Context& ctx);

}  // namespace safeboard::api
