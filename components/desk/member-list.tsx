"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { changeMemberRoleAction, removeMemberAction } from "@/app/(desk)/desk/[newsroom]/members/actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/safe-action";
import { ROLES, type Role } from "@/lib/policies";

type Member = { id: string; userId: string; role: Role; name: string; email: string };
type Props = { newsroomSlug: string; currentUserId: string; members: Member[] };

export function MemberList({ newsroomSlug, currentUserId, members }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run(action: Promise<ActionResult<unknown>>, success: string) {
    startTransition(async () => {
      const result = await action;
      toast(result.ok ? success : result.error, result.ok ? "info" : "error");
      router.refresh();
    });
  }

  return (
    <div className="table-wrap">
      <table className="list" data-testid="member-list">
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <td>
                <strong>{member.name}</strong> {member.userId === currentUserId && <span className="muted">({t("members.you")})</span>}
                <div className="muted small">{member.email}</div>
              </td>
              <td>
                <label>
                  <span className="visually-hidden">{t("members.changeRole", { name: member.name })}</span>
                  <select
                    className="compact"
                    value={member.role}
                    disabled={pending}
                    onChange={(e) =>
                      run(changeMemberRoleAction(newsroomSlug, { membershipId: member.id, role: e.target.value }), t("members.roleChanged"))
                    }
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </td>
              <td>
                <button
                  className="button button-small button-danger"
                  type="button"
                  disabled={pending}
                  onClick={() => run(removeMemberAction(newsroomSlug, { membershipId: member.id }), t("members.removed"))}
                >
                  {t("members.remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
