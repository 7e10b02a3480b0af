/** The ledger key of a shared round's monthly share: one claim per partnership and month, however often it is posted. */
export const statementKey = (partnershipId: string, month: string): string => `partnership:${partnershipId}:${month}`;
