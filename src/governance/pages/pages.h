// Pages for the partnership: its overview and audit log, its agencies, people, groups and
// memberships. One file per task; one handler per route.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response PartnershipHome(http::Context& ctx);

http::Response ListAgencies(http::Context& ctx);
http::Response ShowAgency(http::Context& ctx);
http::Response NewAgency(http::Context& ctx);
http::Response CreateAgency(http::Context& ctx);
http::Response EditAgency(http::Context& ctx);
http::Response UpdateAgency(http::Context& ctx);
http::Response EndAgencyForm(http::Context& ctx);
http::Response EndAgency(http::Context& ctx);

http::Response ListPosts(http::Context& ctx);
http::Response ShowPost(http::Context& ctx);
http::Response NewPost(http::Context& ctx);
http::Response CreatePost(http::Context& ctx);
http::Response EditPost(http::Context& ctx);
http::Response UpdatePost(http::Context& ctx);
http::Response NewPostHolder(http::Context& ctx);
http::Response AddPostHolder(http::Context& ctx);
http::Response PostVacancyForm(http::Context& ctx);
http::Response RecordPostVacancy(http::Context& ctx);
http::Response EndPostForm(http::Context& ctx);
http::Response EndPost(http::Context& ctx);

http::Response ListPeople(http::Context& ctx);
http::Response ShowPerson(http::Context& ctx);
http::Response NewPerson(http::Context& ctx);
http::Response CreatePerson(http::Context& ctx);
http::Response EditPerson(http::Context& ctx);
http::Response UpdatePerson(http::Context& ctx);
http::Response EndPersonForm(http::Context& ctx);
http::Response EndPerson(http::Context& ctx);

http::Response ListGroups(http::Context& ctx);
http::Response ShowGroup(http::Context& ctx);
http::Response NewGroup(http::Context& ctx);
http::Response CreateGroup(http::Context& ctx);
http::Response EditGroup(http::Context& ctx);
http::Response UpdateGroup(http::Context& ctx);
http::Response EndGroupForm(http::Context& ctx);
http::Response EndGroup(http::Context& ctx);

http::Response NewMembership(http::Context& ctx);
http::Response CreateMembership(http::Context& ctx);
http::Response EditMembership(http::Context& ctx);
http::Response UpdateMembership(http::Context& ctx);
http::Response EndMembershipForm(http::Context& ctx);
http::Response EndMembership(http::Context& ctx);

http::Response ShowAuditLog(http::Context& ctx);
http::Response ExportAuditLogCsv(http::Context& ctx);

// Imports of agencies, people, groups or memberships ({kind}) from a spreadsheet, and templates.
http::Response ImportRecordsForm(http::Context& ctx);
http::Response ImportRecords(http::Context& ctx);
http::Response ImportTemplateCsv(http::Context& ctx);
http::Response ImportTemplateXlsx(http::Context& ctx);

}  // namespace safeboard::ui::pages
