export const ROLES = ["admin", "coordinator", "driver", "resident", "referrer", "relay"] as const;
