import type { ReactNode } from "react";
import { DeskShortcuts } from "@/components/desk/desk-shortcuts";
import { NewsroomNav } from "@/components/desk/newsroom-nav";
import { ShortcutHelp } from "@/components/desk/shortcut-help";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/policies";
import { listUserNewsrooms } from "@/lib/server/list-user-newsrooms";

type Props = { children: ReactNode; params: Promise<{ newsroom: string }> };

export default async function NewsroomLayout({ children, params }: Props) {
  const { newsroom: slug } = await params;
  const { user, newsroom, actor } = await requireMember(slug);
  const newsrooms = await listUserNewsrooms({ userId: user.id });
  return (
    <>
      <NewsroomNav
        slug={newsroom.slug}
        name={newsroom.name}
        canManageMembers={can(actor, "members.manage")}
        canManageSettings={can(actor, "settings.manage")}
        canCreate={can(actor, "article.create")}
        newsrooms={newsrooms}
      />
      <DeskShortcuts newArticleHref={can(actor, "article.create") ? `/desk/${newsroom.slug}/articles/new` : undefined} />
      <ShortcutHelp />
      {children}
    </>
  );
}
