// Who the key belongs to and what it may do, as GET /v1/key said; set once per sign-in.
export const session = { name: null, scopes: [] };
export const can = scope => session.scopes.includes(scope);
