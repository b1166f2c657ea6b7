import type { Role } from "../../lib/policies";

/** Who and what the demo seed creates, shared by the seed steps and the start banner. */
export const DEMO_NEWSROOM = "demo";
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "owner@demo.factdesk.test", name: "Olivia Owner", role: "owner" },
  { email: "editor@demo.factdesk.test", name: "Émile Éditeur", role: "editor" },
  { email: "editor2@demo.factdesk.test", name: "Edna Editor", role: "editor" },
  { email: "checker@demo.factdesk.test", name: "Chloé Vérificatrice", role: "fact_checker" },
  { email: "viewer@demo.factdesk.test", name: "Victor Viewer", role: "viewer" },
];
export const DEMO_ARTICLE_TITLE = "Meta va utiliser vos données personnelles pour entraîner son IA";
