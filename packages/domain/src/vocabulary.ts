/** Fixed vocabularies of the domain, mirrored by enums in prisma/schema.prisma. */

export const ROLES = ["admin", "coordinator", "driver", "resident", "referrer", "relay", "producer"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ["social_grocery", "solidarity_bakery", "producer", "amap", "partner"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const COMPARTMENTS = ["ambient", "chilled", "frozen", "bread"] as const;
export type Compartment = (typeof COMPARTMENTS)[number];

export const TOUR_STATUSES = ["draft", "planned", "published", "in_progress", "closed"] as const;
export type TourStatus = (typeof TOUR_STATUSES)[number];

export const STOP_KINDS = ["halt", "home_drop"] as const;
export type StopKind = (typeof STOP_KINDS)[number];

export const PAYMENT_METHODS = ["cash", "card", "voucher", "credit"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const ORDER_STATUSES = ["pending", "confirmed", "cancelled", "delivered", "partially_delivered", "not_collected"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Where road times and lines come from: the road network, the straight-line estimate, or both. */
export const ROUTING_SOURCES = ["osrm", "estimate", "mixed"] as const;
export type RoutingSource = (typeof ROUTING_SOURCES)[number];

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
