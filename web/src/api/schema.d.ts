// Generated from /v1/openapi.json by `npm run api:types`: do not edit.
export interface paths {
  '/v1/workspace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace: name, currency, time zone, locale */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "workspace",
             *       "id": "ws_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "currency": "VND",
             *       "timezone": "Asia/Ho_Chi_Minh",
             *       "locale": "vi-VN",
             *       "allowed_origins": [
             *         "https://shop.example.vn"
             *       ],
             *       "settings": {},
             *       "onboarded": "2026-03-14T09:30:00.000Z",
             *       "currency_locked": true,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'workspace';
              id: string;
              name: string;
              /** @description ISO 4217 code; amounts are integer minor units of it. */
              currency: string;
              /** @description IANA time zone in which dates and periods are read. */
              timezone: string;
              /** @description BCP 47 locale for numbers, dates and messages. */
              locale: string;
              /** @description Browser origins the publishable key may send events from (CORS), e.g. https://shop.example. */
              allowed_origins: string[];
              settings: {
                [key: string]: unknown;
              };
              /** @description When the currency, time zone or locale was first set; null on a new shop, whose first run asks the owner. */
              onboarded: string | null;
              /** @description True once the workspace has orders: the currency can no longer change (422 currency_locked). */
              currency_locked: boolean;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the workspace settings */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Cà Phê Sài Gòn",
           *       "currency": "VND",
           *       "timezone": "Asia/Ho_Chi_Minh",
           *       "locale": "vi-VN",
           *       "allowed_origins": [
           *         "https://shop.example.vn"
           *       ]
           *     }
           */
          'application/json': {
            name?: string;
            /** @description Can change only while the workspace has no orders. */
            currency?: string;
            timezone?: string;
            locale?: string;
            /** @description Replaces the list: each scheme://host[:port], https except localhost, at most 20. */
            allowed_origins?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "workspace",
             *       "id": "ws_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "currency": "VND",
             *       "timezone": "Asia/Ho_Chi_Minh",
             *       "locale": "vi-VN",
             *       "allowed_origins": [
             *         "https://shop.example.vn"
             *       ],
             *       "settings": {},
             *       "onboarded": "2026-03-14T09:30:00.000Z",
             *       "currency_locked": true,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'workspace';
              id: string;
              name: string;
              /** @description ISO 4217 code; amounts are integer minor units of it. */
              currency: string;
              /** @description IANA time zone in which dates and periods are read. */
              timezone: string;
              /** @description BCP 47 locale for numbers, dates and messages. */
              locale: string;
              /** @description Browser origins the publishable key may send events from (CORS), e.g. https://shop.example. */
              allowed_origins: string[];
              settings: {
                [key: string]: unknown;
              };
              /** @description When the currency, time zone or locale was first set; null on a new shop, whose first run asks the owner. */
              onboarded: string | null;
              /** @description True once the workspace has orders: the currency can no longer change (422 currency_locked). */
              currency_locked: boolean;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/api_keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API keys (redacted) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "api_key",
             *           "id": "key_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "kind": "secret",
             *           "name": "Shopify sync",
             *           "redacted": "sk_…x9Qa",
             *           "role": "owner",
             *           "created_by": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "revoked": null
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'api_key';
                id: string;
                /** @enum {string} */
                kind: 'secret' | 'publishable';
                name: string;
                /** @description The key’s prefix and last four characters, e.g. `sk_…x9Qa`. */
                redacted: string;
                /**
                 * @description The key’s rights; it stops working once its creator holds less.
                 * @enum {string}
                 */
                role: 'owner' | 'admin' | 'analyst';
                /** @description The dashboard user who made the key; null for keys made on the machine (retain keys create). */
                created_by: string | null;
                created: string;
                revoked: string | null;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create an API key; the key is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "kind": "secret",
           *       "name": "Shopify sync",
           *       "role": "owner"
           *     }
           */
          'application/json': {
            /**
             * @default secret
             * @enum {string}
             */
            kind?: 'secret' | 'publishable';
            name?: string;
            /**
             * @description The key’s rights, at most your role (default: your role; at most admin when a key makes the key). An owner key needs a signed-in owner.
             * @enum {string}
             */
            role?: 'owner' | 'admin' | 'analyst';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "api_key",
             *       "id": "key_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "kind": "secret",
             *       "name": "Shopify sync",
             *       "redacted": "sk_…x9Qa",
             *       "role": "owner",
             *       "created_by": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "revoked": null,
             *       "key": "sk_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'api_key';
              id: string;
              /** @enum {string} */
              kind: 'secret' | 'publishable';
              name: string;
              /** @description The key’s prefix and last four characters, e.g. `sk_…x9Qa`. */
              redacted: string;
              /**
               * @description The key’s rights; it stops working once its creator holds less.
               * @enum {string}
               */
              role: 'owner' | 'admin' | 'analyst';
              /** @description The dashboard user who made the key; null for keys made on the machine (retain keys create). */
              created_by: string | null;
              created: string;
              revoked: string | null;
              /** @description The key in the clear, in this answer only. A retry with the same Idempotency-Key replays the answer with null here: no secret is stored to be replayed. */
              key: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api_keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "api_key",
             *       "id": "key_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "kind": "secret",
             *       "name": "Shopify sync",
             *       "redacted": "sk_…x9Qa",
             *       "role": "owner",
             *       "created_by": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "revoked": null
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'api_key';
              id: string;
              /** @enum {string} */
              kind: 'secret' | 'publishable';
              name: string;
              /** @description The key’s prefix and last four characters, e.g. `sk_…x9Qa`. */
              redacted: string;
              /**
               * @description The key’s rights; it stops working once its creator holds less.
               * @enum {string}
               */
              role: 'owner' | 'admin' | 'analyst';
              /** @description The dashboard user who made the key; null for keys made on the machine (retain keys create). */
              created_by: string | null;
              created: string;
              revoked: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the first visit must create the owner account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "needs_owner": false
             *     }
             */
            'application/json': {
              /** @description True until the first owner account exists. */
              needs_owner: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-up-owner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create the owner account with the setup token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "email": "siriporn.w@example.co.th",
           *       "password": "lotus-harbour-mint-42",
           *       "name": "Cà Phê Sài Gòn",
           *       "language": "vi",
           *       "setup_token": "st_9hQ2vX7mK4pL8rN3"
           *     }
           */
          'application/json': {
            email: string;
            password: string;
            name?: string;
            /** @description The dashboard language: en, vi, th, ja. */
            language?: string;
            /** @description The one-time token retain start prints while no account exists (or retain setup-token). */
            setup_token?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "session",
             *       "user": {
             *         "object": "dashboard_user",
             *         "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "email": "siriporn.w@example.co.th",
             *         "name": "Nguyễn Thu Phương",
             *         "role": "owner",
             *         "language": "en",
             *         "created": "2026-03-14T09:30:00.000Z"
             *       },
             *       "csrf_token": "c5Rt8Yq2Lm7Nx4Vb",
             *       "expires": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'session';
              user: {
                /** @enum {string} */
                object: 'dashboard_user';
                id: string;
                email: string;
                name: string | null;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst';
                /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
                language: ('en' | 'vi' | 'th' | 'ja') | null;
                created: string;
              };
              /** @description Send it as the X-Retain-CSRF header with every mutating request. */
              csrf_token: string;
              expires: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; sets the session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "email": "siriporn.w@example.co.th",
           *       "password": "lotus-harbour-mint-42",
           *       "name": "Cà Phê Sài Gòn"
           *     }
           */
          'application/json': {
            email: string;
            password: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "session",
             *       "user": {
             *         "object": "dashboard_user",
             *         "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "email": "siriporn.w@example.co.th",
             *         "name": "Nguyễn Thu Phương",
             *         "role": "owner",
             *         "language": "en",
             *         "created": "2026-03-14T09:30:00.000Z"
             *       },
             *       "csrf_token": "c5Rt8Yq2Lm7Nx4Vb",
             *       "expires": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'session';
              user: {
                /** @enum {string} */
                object: 'dashboard_user';
                id: string;
                email: string;
                name: string | null;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst';
                /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
                language: ('en' | 'vi' | 'th' | 'ja') | null;
                created: string;
              };
              /** @description Send it as the X-Retain-CSRF header with every mutating request. */
              csrf_token: string;
              expires: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: set a password and sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "token": "Zk4pL8rN3hQ2vX7m9sT6wY1c",
           *       "password": "lotus-harbour-mint-42",
           *       "name": "Cà Phê Sài Gòn",
           *       "language": "vi"
           *     }
           */
          'application/json': {
            token: string;
            password: string;
            name?: string;
            /** @description The dashboard language: en, vi, th, ja. */
            language?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "session",
             *       "user": {
             *         "object": "dashboard_user",
             *         "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "email": "siriporn.w@example.co.th",
             *         "name": "Nguyễn Thu Phương",
             *         "role": "owner",
             *         "language": "en",
             *         "created": "2026-03-14T09:30:00.000Z"
             *       },
             *       "csrf_token": "c5Rt8Yq2Lm7Nx4Vb",
             *       "expires": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'session';
              user: {
                /** @enum {string} */
                object: 'dashboard_user';
                id: string;
                email: string;
                name: string | null;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst';
                /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
                language: ('en' | 'vi' | 'th' | 'ja') | null;
                created: string;
              };
              /** @description Send it as the X-Retain-CSRF header with every mutating request. */
              csrf_token: string;
              expires: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and the CSRF token of the session; user null when signed out */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "session",
             *       "user": {
             *         "object": "dashboard_user",
             *         "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "email": "siriporn.w@example.co.th",
             *         "name": "Nguyễn Thu Phương",
             *         "role": "owner",
             *         "language": "en",
             *         "created": "2026-03-14T09:30:00.000Z"
             *       },
             *       "csrf_token": "c5Rt8Yq2Lm7Nx4Vb"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'session';
              /** @description Null when signed out. */
              user: {
                /** @enum {string} */
                object: 'dashboard_user';
                id: string;
                email: string;
                name: string | null;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst';
                /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
                language: ('en' | 'vi' | 'th' | 'ja') | null;
                created: string;
              } | null;
              csrf_token: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the signed-in user's own dashboard language (needs X-Retain-CSRF) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "language": "vi"
           *     }
           */
          'application/json': {
            /** @description The dashboard language: en, vi, th, ja. */
            language: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "session",
             *       "user": {
             *         "object": "dashboard_user",
             *         "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "email": "siriporn.w@example.co.th",
             *         "name": "Nguyễn Thu Phương",
             *         "role": "owner",
             *         "language": "en",
             *         "created": "2026-03-14T09:30:00.000Z"
             *       },
             *       "csrf_token": "c5Rt8Yq2Lm7Nx4Vb"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'session';
              /** @description Null when signed out. */
              user: {
                /** @enum {string} */
                object: 'dashboard_user';
                id: string;
                email: string;
                name: string | null;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst';
                /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
                language: ('en' | 'vi' | 'th' | 'ja') | null;
                created: string;
              } | null;
              csrf_token: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session (needs the X-Retain-CSRF header) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the signed-in user's password; their other sessions end (needs X-Retain-CSRF) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "current_password": "lotus-harbour-mint-42",
           *       "new_password": "saffron-river-kite-77"
           *     }
           */
          'application/json': {
            current_password: string;
            new_password: string;
          };
        };
      };
      responses: {
        /** @description No content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-out-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every session of the signed-in user, this one too (needs X-Retain-CSRF) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with an owner's reset token; every session of the account ends */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "token": "Zk4pL8rN3hQ2vX7m9sT6wY1c",
           *       "password": "lotus-harbour-mint-42"
           *     }
           */
          'application/json': {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description No content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dashboard users */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "dashboard_user",
             *           "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "email": "siriporn.w@example.co.th",
             *           "name": "Nguyễn Thu Phương",
             *           "role": "owner",
             *           "language": "en",
             *           "created": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'dashboard_user';
                id: string;
                email: string;
                name: string | null;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst';
                /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
                language: ('en' | 'vi' | 'th' | 'ja') | null;
                created: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a user (a signed-in owner only) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "dashboard_user",
             *       "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "email": "siriporn.w@example.co.th",
             *       "name": "Nguyễn Thu Phương",
             *       "role": "owner",
             *       "language": "en",
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'dashboard_user';
              id: string;
              email: string;
              name: string | null;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst';
              /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
              language: ('en' | 'vi' | 'th' | 'ja') | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a user's role (a signed-in owner only) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "role": "owner"
           *     }
           */
          'application/json': {
            /** @enum {string} */
            role: 'owner' | 'admin' | 'analyst';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "dashboard_user",
             *       "id": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "email": "siriporn.w@example.co.th",
             *       "name": "Nguyễn Thu Phương",
             *       "role": "owner",
             *       "language": "en",
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'dashboard_user';
              id: string;
              email: string;
              name: string | null;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst';
              /** @description The dashboard language the person chose; null until they choose (the browser's is used). */
              language: ('en' | 'vi' | 'th' | 'ja') | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/dashboard/users/{id}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A one-time password reset for a user (a signed-in owner only); the token is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "password_reset",
             *       "id": "pwr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "user_id": "user_8841",
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "expires": "2026-03-14T09:30:00.000Z",
             *       "token": "Zk4pL8rN3hQ2vX7m9sT6wY1c"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'password_reset';
              id: string;
              user_id: string;
              created: string;
              expires: string;
              /** @description For the reset link, in this answer only; POST it with the new password to /auth/password-reset/accept. A retry with the same Idempotency-Key replays null here. */
              token: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open invitations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "invitation",
             *           "id": "inv_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "email": "siriporn.w@example.co.th",
             *           "role": "owner",
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "expires": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'invitation';
                id: string;
                email: string;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst';
                created: string;
                expires: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Invite a user; the token (for the link) is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "email": "siriporn.w@example.co.th",
           *       "role": "owner"
           *     }
           */
          'application/json': {
            email: string;
            /** @enum {string} */
            role: 'owner' | 'admin' | 'analyst';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "invitation",
             *       "id": "inv_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "email": "siriporn.w@example.co.th",
             *       "role": "owner",
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "expires": "2026-03-14T09:30:00.000Z",
             *       "token": "Zk4pL8rN3hQ2vX7m9sT6wY1c"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'invitation';
              id: string;
              email: string;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst';
              created: string;
              expires: string;
              /** @description For the invitation link, in this answer only. A retry with the same Idempotency-Key replays the answer with null here: no secret is stored to be replayed. */
              token: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an invitation */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List coupons, newest first (source=reward for reward coupons) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          source?: 'api' | 'reward';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "coupon",
             *           "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Tết 2027: 50.000 ₫ off",
             *           "kind": "amount_off",
             *           "amount_off": 50000,
             *           "percent_off": 10,
             *           "currency": "VND",
             *           "product_id": "SKU-CF-250",
             *           "minimum_order": 500000,
             *           "expires_at": "2026-03-14T09:30:00.000Z",
             *           "max_redemptions": 1000,
             *           "max_redemptions_per_customer": 1,
             *           "times_redeemed": 12,
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "source": "api",
             *           "voided": null,
             *           "created": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'coupon';
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
                amount_off: number | null;
                percent_off: number | null;
                currency: string;
                product_id: string | null;
                minimum_order: number | null;
                expires_at: string | null;
                max_redemptions: number | null;
                max_redemptions_per_customer: number | null;
                times_redeemed: number;
                customer: string | null;
                /** @enum {string} */
                source: 'api' | 'reward';
                voided: string | null;
                created: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a coupon (its terms) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Tết 2027: 50.000 ₫ off",
           *       "kind": "amount_off",
           *       "amount_off": 50000,
           *       "minimum_order": 500000,
           *       "expires_at": "2026-03-14T09:30:00.000Z",
           *       "max_redemptions": 1000,
           *       "max_redemptions_per_customer": 1,
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
           *     }
           */
          'application/json': {
            name: string;
            /** @enum {string} */
            kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
            /** @description Minor units of the workspace currency (kind amount_off). */
            amount_off?: number;
            /** @description Whole percent (kind percent_off). */
            percent_off?: number;
            /** @description The product given free (kind free_product). */
            product_id?: string;
            /** @description Minor units; orders below it cannot use the coupon. */
            minimum_order?: number;
            /** Format: date-time */
            expires_at?: string;
            /** @description Uses across all codes; unlimited when absent. */
            max_redemptions?: number;
            max_redemptions_per_customer?: number;
            /** @description Only this customer may use it. */
            customer?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon",
             *       "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Tết 2027: 50.000 ₫ off",
             *       "kind": "amount_off",
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "currency": "VND",
             *       "product_id": "SKU-CF-250",
             *       "minimum_order": 500000,
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "max_redemptions": 1000,
             *       "max_redemptions_per_customer": 1,
             *       "times_redeemed": 12,
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "source": "api",
             *       "voided": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon';
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
              amount_off: number | null;
              percent_off: number | null;
              currency: string;
              product_id: string | null;
              minimum_order: number | null;
              expires_at: string | null;
              max_redemptions: number | null;
              max_redemptions_per_customer: number | null;
              times_redeemed: number;
              customer: string | null;
              /** @enum {string} */
              source: 'api' | 'reward';
              voided: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A coupon */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon",
             *       "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Tết 2027: 50.000 ₫ off",
             *       "kind": "amount_off",
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "currency": "VND",
             *       "product_id": "SKU-CF-250",
             *       "minimum_order": 500000,
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "max_redemptions": 1000,
             *       "max_redemptions_per_customer": 1,
             *       "times_redeemed": 12,
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "source": "api",
             *       "voided": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon';
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
              amount_off: number | null;
              percent_off: number | null;
              currency: string;
              product_id: string | null;
              minimum_order: number | null;
              expires_at: string | null;
              max_redemptions: number | null;
              max_redemptions_per_customer: number | null;
              times_redeemed: number;
              customer: string | null;
              /** @enum {string} */
              source: 'api' | 'reward';
              voided: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a coupon or change its expiry */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Tết 2027: 50.000 ₫ off",
           *       "expires_at": "2026-03-14T09:30:00.000Z"
           *     }
           */
          'application/json': {
            name?: string;
            expires_at?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon",
             *       "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Tết 2027: 50.000 ₫ off",
             *       "kind": "amount_off",
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "currency": "VND",
             *       "product_id": "SKU-CF-250",
             *       "minimum_order": 500000,
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "max_redemptions": 1000,
             *       "max_redemptions_per_customer": 1,
             *       "times_redeemed": 12,
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "source": "api",
             *       "voided": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon';
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
              amount_off: number | null;
              percent_off: number | null;
              currency: string;
              product_id: string | null;
              minimum_order: number | null;
              expires_at: string | null;
              max_redemptions: number | null;
              max_redemptions_per_customer: number | null;
              times_redeemed: number;
              customer: string | null;
              /** @enum {string} */
              source: 'api' | 'reward';
              voided: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/coupons/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop every code of a coupon from working */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon",
             *       "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Tết 2027: 50.000 ₫ off",
             *       "kind": "amount_off",
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "currency": "VND",
             *       "product_id": "SKU-CF-250",
             *       "minimum_order": 500000,
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "max_redemptions": 1000,
             *       "max_redemptions_per_customer": 1,
             *       "times_redeemed": 12,
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "source": "api",
             *       "voided": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon';
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
              amount_off: number | null;
              percent_off: number | null;
              currency: string;
              product_id: string | null;
              minimum_order: number | null;
              expires_at: string | null;
              max_redemptions: number | null;
              max_redemptions_per_customer: number | null;
              times_redeemed: number;
              customer: string | null;
              /** @enum {string} */
              source: 'api' | 'reward';
              voided: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons/{id}/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the codes of a coupon */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "coupon_code",
             *           "id": "cpc_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "code": "TET2027-7KQ9",
             *           "coupon": "TET2027-7KQ9",
             *           "max_redemptions": 1000,
             *           "times_redeemed": 12,
             *           "voided": null,
             *           "created": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'coupon_code';
                id: string;
                code: string;
                coupon: string;
                max_redemptions: number | null;
                times_redeemed: number;
                voided: string | null;
                created: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Draw unguessable codes for a coupon, or add a chosen one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "count": 3,
           *       "code": "TET2027-7KQ9",
           *       "max_redemptions": 1000
           *     }
           */
          'application/json': {
            count?: number;
            /** @description A code of your choice (e.g. SUMMER10) instead of drawn ones. */
            code?: string;
            /** @description Uses per code: 1 by default for drawn codes. */
            max_redemptions?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "coupon_code",
             *           "id": "cpc_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "code": "TET2027-7KQ9",
             *           "coupon": "TET2027-7KQ9",
             *           "max_redemptions": 1000,
             *           "times_redeemed": 12,
             *           "voided": null,
             *           "created": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'coupon_code';
                id: string;
                code: string;
                coupon: string;
                max_redemptions: number | null;
                times_redeemed: number;
                voided: string | null;
                created: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons/{id}/codes/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every code of a coupon as a CSV file (code, max_redemptions, times_redeemed, voided, created) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example code,max_redemptions,times_redeemed,voided,created
             *     TET2027-7KQ9,1,0,,2026-03-14T09:30:00.000Z
             */
            'text/csv': string;
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Would this code work for this customer and order? Changes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "code": "TET2027-7KQ9",
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "order_total": 1250000
           *     }
           */
          'application/json': {
            code: string;
            /** @description `cus_…` or the shop’s userId. */
            customer?: string;
            order_total?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon_validation",
             *       "code": "TET2027-7KQ9",
             *       "valid": true,
             *       "reason": "unknown",
             *       "message": "batch[3].properties.total must be a number",
             *       "coupon": "TET2027-7KQ9",
             *       "kind": "amount_off",
             *       "discount": 3,
             *       "currency": "VND",
             *       "free_shipping": true,
             *       "product_id": "SKU-CF-250",
             *       "minimum_order": 500000,
             *       "expires_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon_validation';
              code: string;
              valid: boolean;
              reason:
                | (
                    | 'unknown'
                    | 'voided'
                    | 'expired'
                    | 'not_yours'
                    | 'already_used'
                    | 'usage_limit_reached'
                    | 'customer_limit_reached'
                    | 'minimum_not_met'
                  )
                | null;
              message: string | null;
              coupon: string | null;
              kind: ('amount_off' | 'percent_off' | 'free_shipping' | 'free_product') | null;
              /** @description Minor units taken off `order_total`; null when it depends on a total not sent. */
              discount: number | null;
              currency: string | null;
              free_shipping: boolean;
              product_id: string | null;
              minimum_order: number | null;
              expires_at: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons/{code}/redeem': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Use a code for an order (once per order; single-use codes once at all) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "order_id": "VN-10428",
           *       "order_total": 1250000
           *     }
           */
          'application/json': {
            /** @description `cus_…` or the shop’s userId. */
            customer?: string;
            order_id: string;
            order_total?: number;
          };
        };
      };
      responses: {
        /** @description A replay: this order already used this code. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon_redemption",
             *       "id": "cpr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "code": "TET2027-7KQ9",
             *       "coupon": "TET2027-7KQ9",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "order_id": "VN-10428",
             *       "order_total": 1250000,
             *       "discount": 3,
             *       "source": "api",
             *       "redeemed": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon_redemption';
              id: string;
              code: string;
              coupon: string;
              customer: string | null;
              order_id: string;
              order_total: number | null;
              discount: number | null;
              /** @enum {string} */
              source: 'api' | 'order_event';
              redeemed: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon_redemption",
             *       "id": "cpr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "code": "TET2027-7KQ9",
             *       "coupon": "TET2027-7KQ9",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "order_id": "VN-10428",
             *       "order_total": 1250000,
             *       "discount": 3,
             *       "source": "api",
             *       "redeemed": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon_redemption';
              id: string;
              code: string;
              coupon: string;
              customer: string | null;
              order_id: string;
              order_total: number | null;
              discount: number | null;
              /** @enum {string} */
              source: 'api' | 'order_event';
              redeemed: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coupons only this customer may use (their rewards’ and the shop’s), newest first, with each code’s status */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "coupon",
             *           "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Tết 2027: 50.000 ₫ off",
             *           "kind": "amount_off",
             *           "amount_off": 50000,
             *           "percent_off": 10,
             *           "currency": "VND",
             *           "product_id": "SKU-CF-250",
             *           "minimum_order": 500000,
             *           "expires_at": "2026-03-14T09:30:00.000Z",
             *           "max_redemptions": 1000,
             *           "max_redemptions_per_customer": 1,
             *           "times_redeemed": 12,
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "source": "api",
             *           "voided": null,
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "codes": [
             *             {
             *               "object": "coupon_code",
             *               "id": "cpc_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *               "code": "TET2027-7KQ9",
             *               "coupon": "TET2027-7KQ9",
             *               "max_redemptions": 1000,
             *               "times_redeemed": 12,
             *               "voided": null,
             *               "created": "2026-03-14T09:30:00.000Z",
             *               "status": "unused"
             *             }
             *           ]
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'coupon';
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
                amount_off: number | null;
                percent_off: number | null;
                currency: string;
                product_id: string | null;
                minimum_order: number | null;
                expires_at: string | null;
                max_redemptions: number | null;
                max_redemptions_per_customer: number | null;
                times_redeemed: number;
                customer: string | null;
                /** @enum {string} */
                source: 'api' | 'reward';
                voided: string | null;
                created: string;
                codes: {
                  /** @enum {string} */
                  object: 'coupon_code';
                  id: string;
                  code: string;
                  coupon: string;
                  max_redemptions: number | null;
                  times_redeemed: number;
                  voided: string | null;
                  created: string;
                  /** @enum {string} */
                  status: 'unused' | 'used' | 'voided';
                }[];
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/coupons/{code}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email one of the customer’s own codes to them again (transactional, in their language); a second press within the minute sends nothing more */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
          /** @description One of the customer’s own codes (not case-sensitive). */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon_resend",
             *       "code": "TET2027-7KQ9",
             *       "coupon": "TET2027-7KQ9",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "message": "batch[3].properties.total must be a number",
             *       "created": true,
             *       "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon_resend';
              code: string;
              coupon: string;
              /** @description The customer’s `cus_…` id. */
              customer: string;
              /** @description The queued email (`msg_…`, GET /v1/messages/{id}). */
              message: string;
              /** @description false: the same code was resent to this customer within the same minute; that email stands. */
              created: boolean;
              /** @description The dashboard user or API key that asked, recorded as the message’s producer. */
              actor: string;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "coupon_resend",
             *       "code": "TET2027-7KQ9",
             *       "coupon": "TET2027-7KQ9",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "message": "batch[3].properties.total must be a number",
             *       "created": true,
             *       "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'coupon_resend';
              code: string;
              coupon: string;
              /** @description The customer’s `cus_…` id. */
              customer: string;
              /** @description The queued email (`msg_…`, GET /v1/messages/{id}). */
              message: string;
              /** @description false: the same code was resent to this customer within the same minute; that email stands. */
              created: boolean;
              /** @description The dashboard user or API key that asked, recorded as the message’s producer. */
              actor: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/program': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The loyalty program settings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "points_name": "Beans",
             *       "earn_points": 1,
             *       "earn_per_amount_minor": 10000,
             *       "pending_days": 30,
             *       "expiry": {
             *         "policy": "none"
             *       },
             *       "expiring_soon_days": 30,
             *       "clawback": "stop_at_zero",
             *       "redemption_points": 100,
             *       "redemption_value_minor": 10000,
             *       "cashback_basis_points": 100,
             *       "award_imported_orders": true,
             *       "tier_metric": "spend",
             *       "tier_period": "rolling",
             *       "tier_window_months": 12,
             *       "tier_grace_days": 30,
             *       "object": "loyalty_program",
             *       "currency": "VND",
             *       "rounding": "down to a whole point"
             *     }
             */
            'application/json': {
              points_name: string;
              /** @description Points earned per `earn_per_amount_minor` of order total; 0 turns base earning off. */
              earn_points: number;
              /** @description Minor units of the workspace currency (10000 VND = 10000; 1.00 USD = 100). */
              earn_per_amount_minor: number;
              /** @description Points stay pending this long (return window). */
              pending_days: number;
              expiry:
                | {
                    /** @enum {string} */
                    policy: 'none';
                  }
                | {
                    /** @enum {string} */
                    policy: 'per_lot';
                    months: number;
                  }
                | {
                    /** @enum {string} */
                    policy: 'inactivity';
                    months: number;
                  };
              /** @description `Points Expiring Soon` this many days ahead. */
              expiring_soon_days: number;
              /**
               * @description What a refund may do when the points it claws back were already spent.
               * @enum {string}
               */
              clawback: 'stop_at_zero' | 'allow_negative';
              redemption_points: number;
              /** @description `redemption_points` points are worth this many minor units (for liability). */
              redemption_value_minor: number;
              /** @description Store credit earned per order, in 1/100 of a percent (250 = 2.5%). */
              cashback_basis_points: number;
              /** @description Orders from CSV imports (history) count for tiers; they earn points and cashback only when true. */
              award_imported_orders: boolean;
              /** @enum {string} */
              tier_metric: 'spend' | 'points';
              /** @enum {string} */
              tier_period: 'rolling' | 'calendar_year';
              tier_window_months: number;
              tier_grace_days: number;
              /** @enum {string} */
              object: 'loyalty_program';
              currency: string;
              /** @description How points are rounded, in words. */
              rounding: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Change the program settings (fields not sent keep their value) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "points_name": "Beans",
           *       "earn_points": 1,
           *       "earn_per_amount_minor": 10000,
           *       "pending_days": 30,
           *       "expiry": {
           *         "policy": "none"
           *       },
           *       "expiring_soon_days": 30,
           *       "clawback": "stop_at_zero",
           *       "redemption_points": 100,
           *       "redemption_value_minor": 10000,
           *       "cashback_basis_points": 100,
           *       "award_imported_orders": true,
           *       "tier_metric": "spend",
           *       "tier_period": "rolling",
           *       "tier_window_months": 12,
           *       "tier_grace_days": 30
           *     }
           */
          'application/json': {
            points_name?: string;
            /** @description Points earned per `earn_per_amount_minor` of order total; 0 turns base earning off. */
            earn_points?: number;
            /** @description Minor units of the workspace currency (10000 VND = 10000; 1.00 USD = 100). */
            earn_per_amount_minor?: number;
            /** @description Points stay pending this long (return window). */
            pending_days?: number;
            expiry?:
              | {
                  /** @enum {string} */
                  policy: 'none';
                }
              | {
                  /** @enum {string} */
                  policy: 'per_lot';
                  months: number;
                }
              | {
                  /** @enum {string} */
                  policy: 'inactivity';
                  months: number;
                };
            /** @description `Points Expiring Soon` this many days ahead. */
            expiring_soon_days?: number;
            /**
             * @description What a refund may do when the points it claws back were already spent.
             * @enum {string}
             */
            clawback?: 'stop_at_zero' | 'allow_negative';
            redemption_points?: number;
            /** @description `redemption_points` points are worth this many minor units (for liability). */
            redemption_value_minor?: number;
            /** @description Store credit earned per order, in 1/100 of a percent (250 = 2.5%). */
            cashback_basis_points?: number;
            /** @description Orders from CSV imports (history) count for tiers; they earn points and cashback only when true. */
            award_imported_orders?: boolean;
            /** @enum {string} */
            tier_metric?: 'spend' | 'points';
            /** @enum {string} */
            tier_period?: 'rolling' | 'calendar_year';
            tier_window_months?: number;
            tier_grace_days?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "points_name": "Beans",
             *       "earn_points": 1,
             *       "earn_per_amount_minor": 10000,
             *       "pending_days": 30,
             *       "expiry": {
             *         "policy": "none"
             *       },
             *       "expiring_soon_days": 30,
             *       "clawback": "stop_at_zero",
             *       "redemption_points": 100,
             *       "redemption_value_minor": 10000,
             *       "cashback_basis_points": 100,
             *       "award_imported_orders": true,
             *       "tier_metric": "spend",
             *       "tier_period": "rolling",
             *       "tier_window_months": 12,
             *       "tier_grace_days": 30,
             *       "object": "loyalty_program",
             *       "currency": "VND",
             *       "rounding": "down to a whole point"
             *     }
             */
            'application/json': {
              points_name: string;
              /** @description Points earned per `earn_per_amount_minor` of order total; 0 turns base earning off. */
              earn_points: number;
              /** @description Minor units of the workspace currency (10000 VND = 10000; 1.00 USD = 100). */
              earn_per_amount_minor: number;
              /** @description Points stay pending this long (return window). */
              pending_days: number;
              expiry:
                | {
                    /** @enum {string} */
                    policy: 'none';
                  }
                | {
                    /** @enum {string} */
                    policy: 'per_lot';
                    months: number;
                  }
                | {
                    /** @enum {string} */
                    policy: 'inactivity';
                    months: number;
                  };
              /** @description `Points Expiring Soon` this many days ahead. */
              expiring_soon_days: number;
              /**
               * @description What a refund may do when the points it claws back were already spent.
               * @enum {string}
               */
              clawback: 'stop_at_zero' | 'allow_negative';
              redemption_points: number;
              /** @description `redemption_points` points are worth this many minor units (for liability). */
              redemption_value_minor: number;
              /** @description Store credit earned per order, in 1/100 of a percent (250 = 2.5%). */
              cashback_basis_points: number;
              /** @description Orders from CSV imports (history) count for tiers; they earn points and cashback only when true. */
              award_imported_orders: boolean;
              /** @enum {string} */
              tier_metric: 'spend' | 'points';
              /** @enum {string} */
              tier_period: 'rolling' | 'calendar_year';
              tier_window_months: number;
              tier_grace_days: number;
              /** @enum {string} */
              object: 'loyalty_program';
              currency: string;
              /** @description How points are rounded, in words. */
              rounding: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/liability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outstanding points and their value, by expiry month; issued, redeemed, expired and breakage over a period */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_liability",
             *       "currency": "VND",
             *       "points_name": "Beans",
             *       "outstanding": {
             *         "points": 1250,
             *         "value_minor": 50000,
             *         "pending_points": 1250,
             *         "pending_value_minor": 1250000,
             *         "negative_points": 1250,
             *         "customers": 2426,
             *         "store_credit_minor": 1250000,
             *         "exact": {
             *           "points": "1250000",
             *           "value_minor": "1250000",
             *           "pending_points": "1250000",
             *           "pending_value_minor": "1250000",
             *           "negative_points": "1250000",
             *           "store_credit_minor": "1250000"
             *         }
             *       },
             *       "by_expiry_month": [
             *         {
             *           "month": "2026-03",
             *           "points": 1250,
             *           "value_minor": 50000
             *         }
             *       ],
             *       "period": {
             *         "from": "2026-03-14T09:30:00.000Z",
             *         "to": "2026-03-14T09:30:00.000Z",
             *         "issued": 3,
             *         "redeemed": 3,
             *         "expired": 3,
             *         "clawed_back": 3,
             *         "adjusted_down": 3,
             *         "breakage_rate": 0.35
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_liability';
              currency: string;
              points_name: string;
              outstanding: {
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                points: number;
                /** @description points × redemption_value_minor ÷ redemption_points, rounded down. */
                value_minor: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                pending_points: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                pending_value_minor: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                negative_points: number;
                customers: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                store_credit_minor: number;
                /** @description The same totals as exact decimal integers, for sums past 2^53. */
                exact: {
                  points: string;
                  value_minor: string;
                  pending_points: string;
                  pending_value_minor: string;
                  negative_points: string;
                  store_credit_minor: string;
                };
              };
              by_expiry_month: {
                /** @description YYYY-MM (UTC); null for points that never expire. */
                month: string | null;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                points: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                value_minor: number;
              }[];
              period: {
                from: string;
                to: string;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                issued: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                redeemed: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                expired: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                clawed_back: number;
                /** @description A sum over customers: exact up to 2^53, the nearest number beyond. */
                adjusted_down: number;
                /** @description expired ÷ (redeemed + expired) over the period; null when no points left. */
                breakage_rate: number | null;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recent points ledger activity of every customer, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          kind?:
            | 'earn'
            | 'bonus'
            | 'adjust'
            | 'redeem'
            | 'reversal'
            | 'post'
            | 'void'
            | 'clawback'
            | 'expire'
            | 'merge_in'
            | 'merge_out';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "points_transaction",
             *           "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "kind": "earn",
             *           "points": 1250,
             *           "pending_points": 1250,
             *           "balance_after": 3,
             *           "pending_after": 3,
             *           "requested_points": 1250,
             *           "reason": "Goodwill for a late delivery",
             *           "reason_detail": {
             *             "code": "order",
             *             "params": {
             *               "order_id": "VN-1"
             *             }
             *           },
             *           "source": {
             *             "type": "event",
             *             "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *           },
             *           "related_transaction_id": null,
             *           "rule": {
             *             "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "version": 3
             *           },
             *           "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "occurred_at": "2026-03-14T09:30:00.000Z",
             *           "customer": {
             *             "id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "name": "Siriporn Wongsakul",
             *             "email": "siriporn.w@example.co.th",
             *             "external_id": "xxxxxxxx"
             *           }
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'points_transaction';
                id: string;
                customer_id: string;
                /** @enum {string} */
                kind:
                  | 'earn'
                  | 'bonus'
                  | 'adjust'
                  | 'redeem'
                  | 'reversal'
                  | 'post'
                  | 'void'
                  | 'clawback'
                  | 'expire'
                  | 'merge_in'
                  | 'merge_out';
                /** @description Posted points this entry added (negative: removed). */
                points: number;
                pending_points: number;
                balance_after: number;
                pending_after: number;
                /** @description Clawbacks: what the refund asked for. */
                requested_points: number | null;
                /** @description Why, as an English sentence (a manual adjustment: the words its author wrote). */
                reason: string;
                /**
                 * @description `reason` as a code and its parameters, to word in any language: e.g. `{"code": "order", "params": {"order_id": "VN-1"}}` for "Order VN-1"; `note` is a person's own words (`params.text`).
                 * @example {
                 *       "code": "order",
                 *       "params": {
                 *         "order_id": "VN-1"
                 *       }
                 *     }
                 */
                reason_detail: {
                  /** @enum {string} */
                  code:
                    | 'order_refunded'
                    | 'cashback'
                    | 'earn_rule'
                    | 'order'
                    | 'redeemed'
                    | 'redemption_cancelled'
                    | 'challenge_completed'
                    | 'profile_merged'
                    | 'pending_over'
                    | 'lot_expired'
                    | 'inactivity'
                    | 'birthday'
                    | 'note';
                  params: {
                    [key: string]: string;
                  };
                };
                source: {
                  type: string;
                  id: string;
                };
                /** @description The entry this one settles or corrects. */
                related_transaction_id: string | null;
                rule: {
                  id: string;
                  version: number | null;
                } | null;
                actor: string | null;
                occurred_at: string;
                /** @description Who the entry belongs to: their name, email and the shop’s id (null when unknown or erased). */
                customer: {
                  id: string;
                  name: string | null;
                  email: string | null;
                  /** @description The shop’s own id for them (its userId). */
                  external_id: string | null;
                };
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/earn-rules/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Starting points for common earn rules, in the workspace’s currency and at its base rate */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "earn_rule_template",
             *           "key": "big_order_bonus",
             *           "name": "Big order bonus",
             *           "description": "100 extra points for an order of 1.000.000 ₫ or more.",
             *           "params": {
             *             "points": 100,
             *             "amount_minor": 1000000
             *           },
             *           "definition": {
             *             "trigger": {
             *               "type": "event",
             *               "event": "Order Completed"
             *             },
             *             "conditions": [],
             *             "reward": {
             *               "type": "fixed",
             *               "points": 1250
             *             },
             *             "limits": {
             *               "once_per_customer": false
             *             },
             *             "apply_tier_multiplier": true
             *           }
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'earn_rule_template';
                /** @example big_order_bonus */
                key: string;
                /** @example Big order bonus */
                name: string;
                /**
                 * @description In English, its amounts in the workspace’s currency and format.
                 * @example 100 extra points for an order of 1.000.000 ₫ or more.
                 */
                description: string;
                /**
                 * @description The numbers the description states, for wording it in another language: `amount_minor` in minor units of the workspace’s currency.
                 * @example {
                 *       "points": 100,
                 *       "amount_minor": 1000000
                 *     }
                 */
                params: {
                  points?: number;
                  amount_minor?: number;
                  category?: string;
                };
                definition: {
                  trigger:
                    | {
                        /** @enum {string} */
                        type: 'event';
                        /** @description Any track event name, e.g. `Order Completed`. */
                        event: string;
                      }
                    | {
                        /** @enum {string} */
                        type: 'birthday';
                      };
                  /** @default [] */
                  conditions: {
                    /**
                     * @description Read from the event properties or the customer traits.
                     * @enum {string}
                     */
                    source: 'property' | 'trait';
                    /** @description Dot path; `products[].category` matches when any product matches. */
                    path: string;
                    /** @enum {string} */
                    operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'exists';
                    value?: string | number | boolean | (string | number)[];
                  }[];
                  reward:
                    | {
                        /** @enum {string} */
                        type: 'fixed';
                        points: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'per_amount';
                        points: number;
                        per_amount_minor: number;
                        /** @description Count only the products of this category (price × quantity). */
                        category?: string;
                      };
                  /**
                   * @default {
                   *       "once_per_customer": false
                   *     }
                   */
                  limits: {
                    /** @default false */
                    once_per_customer: boolean;
                    max_per_period?: {
                      count: number;
                      /** @enum {string} */
                      period: 'day' | 'week' | 'month';
                    };
                    /** Format: date-time */
                    starts_at?: string;
                    /** Format: date-time */
                    ends_at?: string;
                    /** @description Total points the rule may ever issue. */
                    budget_points?: number;
                  };
                  /** @default true */
                  apply_tier_multiplier: boolean;
                };
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/earn-rules/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Backtest a draft rule over past events: points, customers and value it would have issued */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "definition": {
           *         "trigger": {
           *           "type": "event",
           *           "event": "Review Submitted"
           *         },
           *         "reward": {
           *           "type": "fixed",
           *           "points": 50
           *         },
           *         "limits": {
           *           "max_per_period": {
           *             "count": 3,
           *             "period": "month"
           *           }
           *         }
           *       },
           *       "from": "2026-03-14T09:30:00.000Z",
           *       "to": "2026-03-14T09:30:00.000Z"
           *     }
           */
          'application/json': {
            definition: {
              [key: string]: unknown;
            };
            /** Format: date-time */
            from?: string;
            /** Format: date-time */
            to?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "earn_rule_simulation",
             *       "from": "2026-03-14T09:30:00.000Z",
             *       "to": "2026-03-14T09:30:00.000Z",
             *       "events_scanned": 3,
             *       "truncated": false,
             *       "awards": 3,
             *       "points": 1250,
             *       "customers": 2426,
             *       "value_minor": 50000,
             *       "base_points": 1250,
             *       "base_value_minor": 1250000,
             *       "currency": "VND"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'earn_rule_simulation';
              from: string;
              to: string;
              events_scanned: number;
              /** @description The scan stopped at its cap of events: the figures are a lower bound. */
              truncated: boolean;
              awards: number;
              points: number;
              customers: number;
              value_minor: number;
              /** @description Points the base earn rate issued over the same window: what the rule would have added to. */
              base_points: number;
              base_value_minor: number;
              currency: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/earn-rules/backtests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The same backtest, answered as it runs: newline-delimited JSON, progress lines then the simulation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "definition": {
           *         "trigger": {
           *           "type": "event",
           *           "event": "Review Submitted"
           *         },
           *         "reward": {
           *           "type": "fixed",
           *           "points": 50
           *         },
           *         "limits": {
           *           "max_per_period": {
           *             "count": 3,
           *             "period": "month"
           *           }
           *         }
           *       },
           *       "from": "2026-03-14T09:30:00.000Z",
           *       "to": "2026-03-14T09:30:00.000Z"
           *     }
           */
          'application/json': {
            definition: {
              [key: string]: unknown;
            };
            /** Format: date-time */
            from?: string;
            /** Format: date-time */
            to?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "earn_rule_simulation_progress",
             *       "events_scanned": 3,
             *       "events_total": 3
             *     }
             */
            'application/x-ndjson':
              | {
                  /** @enum {string} */
                  object: 'earn_rule_simulation_progress';
                  events_scanned: number;
                  /** @description Events read for the window (days, for a birthday rule); the scan ends at this. */
                  events_total: number;
                }
              | {
                  /** @enum {string} */
                  object: 'earn_rule_simulation';
                  from: string;
                  to: string;
                  events_scanned: number;
                  /** @description The scan stopped at its cap of events: the figures are a lower bound. */
                  truncated: boolean;
                  awards: number;
                  points: number;
                  customers: number;
                  value_minor: number;
                  /** @description Points the base earn rate issued over the same window: what the rule would have added to. */
                  base_points: number;
                  base_value_minor: number;
                  currency: string;
                }
              | {
                  /** @enum {string} */
                  object: 'error';
                  error: {
                    code: string;
                    message: string;
                  };
                };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/earn-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List earn rules */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "trigger": {
             *             "type": "event",
             *             "event": "Order Completed"
             *           },
             *           "conditions": [],
             *           "reward": {
             *             "type": "fixed",
             *             "points": 1250
             *           },
             *           "limits": {
             *             "once_per_customer": false
             *           },
             *           "apply_tier_multiplier": true,
             *           "object": "earn_rule",
             *           "id": "ern_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Reviews: 50 points, 3 a month",
             *           "active": true,
             *           "version": 3,
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "updated": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                trigger:
                  | {
                      /** @enum {string} */
                      type: 'event';
                      /** @description Any track event name, e.g. `Order Completed`. */
                      event: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'birthday';
                    };
                /** @default [] */
                conditions: {
                  /**
                   * @description Read from the event properties or the customer traits.
                   * @enum {string}
                   */
                  source: 'property' | 'trait';
                  /** @description Dot path; `products[].category` matches when any product matches. */
                  path: string;
                  /** @enum {string} */
                  operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'exists';
                  value?: string | number | boolean | (string | number)[];
                }[];
                reward:
                  | {
                      /** @enum {string} */
                      type: 'fixed';
                      points: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'per_amount';
                      points: number;
                      per_amount_minor: number;
                      /** @description Count only the products of this category (price × quantity). */
                      category?: string;
                    };
                /**
                 * @default {
                 *       "once_per_customer": false
                 *     }
                 */
                limits: {
                  /** @default false */
                  once_per_customer: boolean;
                  max_per_period?: {
                    count: number;
                    /** @enum {string} */
                    period: 'day' | 'week' | 'month';
                  };
                  /** Format: date-time */
                  starts_at?: string;
                  /** Format: date-time */
                  ends_at?: string;
                  /** @description Total points the rule may ever issue. */
                  budget_points?: number;
                };
                /** @default true */
                apply_tier_multiplier: boolean;
                /** @enum {string} */
                object: 'earn_rule';
                id: string;
                name: string;
                active: boolean;
                version: number;
                created: string;
                updated: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create an earn rule */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Reviews: 50 points, 3 a month",
           *       "active": true,
           *       "definition": {
           *         "trigger": {
           *           "type": "event",
           *           "event": "Review Submitted"
           *         },
           *         "reward": {
           *           "type": "fixed",
           *           "points": 50
           *         },
           *         "limits": {
           *           "max_per_period": {
           *             "count": 3,
           *             "period": "month"
           *           }
           *         }
           *       }
           *     }
           */
          'application/json': {
            name: string;
            /** @description Whether the rule earns points; a new rule is a draft (false) unless this says true. */
            active?: boolean;
            /** @description trigger, conditions, reward, limits, apply_tier_multiplier */
            definition: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "trigger": {
             *         "type": "event",
             *         "event": "Order Completed"
             *       },
             *       "conditions": [],
             *       "reward": {
             *         "type": "fixed",
             *         "points": 1250
             *       },
             *       "limits": {
             *         "once_per_customer": false
             *       },
             *       "apply_tier_multiplier": true,
             *       "object": "earn_rule",
             *       "id": "ern_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Reviews: 50 points, 3 a month",
             *       "active": true,
             *       "version": 3,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              trigger:
                | {
                    /** @enum {string} */
                    type: 'event';
                    /** @description Any track event name, e.g. `Order Completed`. */
                    event: string;
                  }
                | {
                    /** @enum {string} */
                    type: 'birthday';
                  };
              /** @default [] */
              conditions: {
                /**
                 * @description Read from the event properties or the customer traits.
                 * @enum {string}
                 */
                source: 'property' | 'trait';
                /** @description Dot path; `products[].category` matches when any product matches. */
                path: string;
                /** @enum {string} */
                operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'exists';
                value?: string | number | boolean | (string | number)[];
              }[];
              reward:
                | {
                    /** @enum {string} */
                    type: 'fixed';
                    points: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'per_amount';
                    points: number;
                    per_amount_minor: number;
                    /** @description Count only the products of this category (price × quantity). */
                    category?: string;
                  };
              /**
               * @default {
               *       "once_per_customer": false
               *     }
               */
              limits: {
                /** @default false */
                once_per_customer: boolean;
                max_per_period?: {
                  count: number;
                  /** @enum {string} */
                  period: 'day' | 'week' | 'month';
                };
                /** Format: date-time */
                starts_at?: string;
                /** Format: date-time */
                ends_at?: string;
                /** @description Total points the rule may ever issue. */
                budget_points?: number;
              };
              /** @default true */
              apply_tier_multiplier: boolean;
              /** @enum {string} */
              object: 'earn_rule';
              id: string;
              name: string;
              active: boolean;
              version: number;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/earn-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An earn rule */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "trigger": {
             *         "type": "event",
             *         "event": "Order Completed"
             *       },
             *       "conditions": [],
             *       "reward": {
             *         "type": "fixed",
             *         "points": 1250
             *       },
             *       "limits": {
             *         "once_per_customer": false
             *       },
             *       "apply_tier_multiplier": true,
             *       "object": "earn_rule",
             *       "id": "ern_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Reviews: 50 points, 3 a month",
             *       "active": true,
             *       "version": 3,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              trigger:
                | {
                    /** @enum {string} */
                    type: 'event';
                    /** @description Any track event name, e.g. `Order Completed`. */
                    event: string;
                  }
                | {
                    /** @enum {string} */
                    type: 'birthday';
                  };
              /** @default [] */
              conditions: {
                /**
                 * @description Read from the event properties or the customer traits.
                 * @enum {string}
                 */
                source: 'property' | 'trait';
                /** @description Dot path; `products[].category` matches when any product matches. */
                path: string;
                /** @enum {string} */
                operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'exists';
                value?: string | number | boolean | (string | number)[];
              }[];
              reward:
                | {
                    /** @enum {string} */
                    type: 'fixed';
                    points: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'per_amount';
                    points: number;
                    per_amount_minor: number;
                    /** @description Count only the products of this category (price × quantity). */
                    category?: string;
                  };
              /**
               * @default {
               *       "once_per_customer": false
               *     }
               */
              limits: {
                /** @default false */
                once_per_customer: boolean;
                max_per_period?: {
                  count: number;
                  /** @enum {string} */
                  period: 'day' | 'week' | 'month';
                };
                /** Format: date-time */
                starts_at?: string;
                /** Format: date-time */
                ends_at?: string;
                /** @description Total points the rule may ever issue. */
                budget_points?: number;
              };
              /** @default true */
              apply_tier_multiplier: boolean;
              /** @enum {string} */
              object: 'earn_rule';
              id: string;
              name: string;
              active: boolean;
              version: number;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Archive an earn rule */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "earn_rule",
             *       "id": "ern_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "deleted": true
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'earn_rule';
              id: string;
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an earn rule (writes a new version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Reviews: 50 points, 3 a month",
           *       "active": true,
           *       "definition": {
           *         "trigger": {
           *           "type": "event",
           *           "event": "Review Submitted"
           *         },
           *         "reward": {
           *           "type": "fixed",
           *           "points": 50
           *         },
           *         "limits": {
           *           "max_per_period": {
           *             "count": 3,
           *             "period": "month"
           *           }
           *         }
           *       }
           *     }
           */
          'application/json': {
            name?: string;
            /** @description Whether the rule earns points; a new rule is a draft (false) unless this says true. */
            active?: boolean;
            /** @description trigger, conditions, reward, limits, apply_tier_multiplier */
            definition?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "trigger": {
             *         "type": "event",
             *         "event": "Order Completed"
             *       },
             *       "conditions": [],
             *       "reward": {
             *         "type": "fixed",
             *         "points": 1250
             *       },
             *       "limits": {
             *         "once_per_customer": false
             *       },
             *       "apply_tier_multiplier": true,
             *       "object": "earn_rule",
             *       "id": "ern_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Reviews: 50 points, 3 a month",
             *       "active": true,
             *       "version": 3,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              trigger:
                | {
                    /** @enum {string} */
                    type: 'event';
                    /** @description Any track event name, e.g. `Order Completed`. */
                    event: string;
                  }
                | {
                    /** @enum {string} */
                    type: 'birthday';
                  };
              /** @default [] */
              conditions: {
                /**
                 * @description Read from the event properties or the customer traits.
                 * @enum {string}
                 */
                source: 'property' | 'trait';
                /** @description Dot path; `products[].category` matches when any product matches. */
                path: string;
                /** @enum {string} */
                operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'exists';
                value?: string | number | boolean | (string | number)[];
              }[];
              reward:
                | {
                    /** @enum {string} */
                    type: 'fixed';
                    points: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'per_amount';
                    points: number;
                    per_amount_minor: number;
                    /** @description Count only the products of this category (price × quantity). */
                    category?: string;
                  };
              /**
               * @default {
               *       "once_per_customer": false
               *     }
               */
              limits: {
                /** @default false */
                once_per_customer: boolean;
                max_per_period?: {
                  count: number;
                  /** @enum {string} */
                  period: 'day' | 'week' | 'month';
                };
                /** Format: date-time */
                starts_at?: string;
                /** Format: date-time */
                ends_at?: string;
                /** @description Total points the rule may ever issue. */
                budget_points?: number;
              };
              /** @default true */
              apply_tier_multiplier: boolean;
              /** @enum {string} */
              object: 'earn_rule';
              id: string;
              name: string;
              active: boolean;
              version: number;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/loyalty/tiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List VIP tiers, lowest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "loyalty_tier",
             *           "id": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Gold",
             *           "rank": 1,
             *           "threshold": 5000,
             *           "earn_multiplier_percent": 200,
             *           "free_shipping": true,
             *           "customers": 2426,
             *           "created": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'loyalty_tier';
                id: string;
                name: string;
                /** @description 1 for the lowest tier. */
                rank: number;
                threshold: number;
                earn_multiplier_percent: number;
                free_shipping: boolean;
                /** @description Customers in the tier now: the total of GET /v1/customers?tier= with its id. */
                customers: number;
                created: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a VIP tier */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Gold",
           *       "threshold": 5000,
           *       "earn_multiplier_percent": 200,
           *       "free_shipping": true
           *     }
           */
          'application/json': {
            name: string;
            /** @description Spend in minor units, or points, per the program’s tier_metric. */
            threshold: number;
            earn_multiplier_percent?: number;
            free_shipping?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_tier",
             *       "id": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Gold",
             *       "rank": 1,
             *       "threshold": 5000,
             *       "earn_multiplier_percent": 200,
             *       "free_shipping": true,
             *       "customers": 2426,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_tier';
              id: string;
              name: string;
              /** @description 1 for the lowest tier. */
              rank: number;
              threshold: number;
              earn_multiplier_percent: number;
              free_shipping: boolean;
              /** @description Customers in the tier now: the total of GET /v1/customers?tier= with its id. */
              customers: number;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/tiers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A VIP tier */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_tier",
             *       "id": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Gold",
             *       "rank": 1,
             *       "threshold": 5000,
             *       "earn_multiplier_percent": 200,
             *       "free_shipping": true,
             *       "customers": 2426,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_tier';
              id: string;
              name: string;
              /** @description 1 for the lowest tier. */
              rank: number;
              threshold: number;
              earn_multiplier_percent: number;
              free_shipping: boolean;
              /** @description Customers in the tier now: the total of GET /v1/customers?tier= with its id. */
              customers: number;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Archive a VIP tier */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_tier",
             *       "id": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "deleted": true
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_tier';
              id: string;
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a VIP tier */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Gold",
           *       "threshold": 5000,
           *       "earn_multiplier_percent": 200,
           *       "free_shipping": true
           *     }
           */
          'application/json': {
            name?: string;
            /** @description Spend in minor units, or points, per the program’s tier_metric. */
            threshold?: number;
            earn_multiplier_percent?: number;
            free_shipping?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_tier",
             *       "id": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Gold",
             *       "rank": 1,
             *       "threshold": 5000,
             *       "earn_multiplier_percent": 200,
             *       "free_shipping": true,
             *       "customers": 2426,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_tier';
              id: string;
              name: string;
              /** @description 1 for the lowest tier. */
              rank: number;
              threshold: number;
              earn_multiplier_percent: number;
              free_shipping: boolean;
              /** @description Customers in the tier now: the total of GET /v1/customers?tier= with its id. */
              customers: number;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/customers/{id}/loyalty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s points, pending points, tier and progress, expiring points, store credit and badges */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_status",
             *       "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "points_name": "Beans",
             *       "points": {
             *         "balance": 3,
             *         "pending": 3,
             *         "lifetime_earned": 3,
             *         "lifetime_redeemed": 3,
             *         "lifetime_expired": 3,
             *         "value_minor": 50000,
             *         "negative_since": null
             *       },
             *       "tier": {
             *         "id": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "name": "Gold",
             *         "rank": 1,
             *         "earn_multiplier_percent": 200,
             *         "free_shipping": true,
             *         "since": "2026-03-14T09:30:00.000Z",
             *         "review_at": "2026-03-14T09:30:00.000Z"
             *       },
             *       "next_tier": {
             *         "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "name": "Cà Phê Sài Gòn",
             *         "rank": 1,
             *         "metric": "spend",
             *         "threshold": 5000,
             *         "progress": 0.35,
             *         "remaining": 3,
             *         "progress_percent": 40
             *       },
             *       "expiring": [
             *         {
             *           "within_days": 30,
             *           "points": 1250,
             *           "dates": [
             *             {
             *               "expires_at": "2026-03-14T09:30:00.000Z",
             *               "points": 1250
             *             }
             *           ]
             *         }
             *       ],
             *       "store_credit": {
             *         "balance_minor": 1250000,
             *         "currency": "VND"
             *       },
             *       "badges": [
             *         {
             *           "object": "loyalty_badge",
             *           "id": "bdg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "challenge": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Regular",
             *           "description": "Three coffee orders in a month.",
             *           "image_url": "https://shop.example.vn/images/voucher-50k.png",
             *           "bonus_points": 200,
             *           "points_entry": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "earned": "2026-03-14T09:30:00.000Z"
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_status';
              customer_id: string;
              points_name: string;
              points: {
                balance: number;
                pending: number;
                lifetime_earned: number;
                lifetime_redeemed: number;
                lifetime_expired: number;
                value_minor: number;
                negative_since: string | null;
              };
              tier: {
                id: string;
                name: string;
                rank: number;
                earn_multiplier_percent: number;
                free_shipping: boolean;
                since: string;
                review_at: string;
              } | null;
              next_tier: {
                id: string;
                name: string;
                rank: number;
                /** @enum {string} */
                metric: 'spend' | 'points';
                threshold: number;
                /** @description Spend in minor units, or points, in the tier window. */
                progress: number;
                remaining: number;
                progress_percent: number;
              } | null;
              expiring: {
                within_days: number;
                points: number;
                dates: {
                  expires_at: string;
                  points: number;
                }[];
              }[];
              store_credit: {
                balance_minor: number;
                currency: string;
              };
              badges: {
                /** @enum {string} */
                object: 'loyalty_badge';
                id: string;
                customer: string;
                challenge: string;
                name: string;
                description: string | null;
                image_url: string | null;
                bonus_points: number;
                /** @description The ledger entry of the bonus points; null for 0 points. */
                points_entry: string | null;
                earned: string;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/points/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s points ledger, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "points_transaction",
             *           "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "kind": "earn",
             *           "points": 1250,
             *           "pending_points": 1250,
             *           "balance_after": 3,
             *           "pending_after": 3,
             *           "requested_points": 1250,
             *           "reason": "Goodwill for a late delivery",
             *           "reason_detail": {
             *             "code": "order",
             *             "params": {
             *               "order_id": "VN-1"
             *             }
             *           },
             *           "source": {
             *             "type": "event",
             *             "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *           },
             *           "related_transaction_id": null,
             *           "rule": {
             *             "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "version": 3
             *           },
             *           "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "occurred_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'points_transaction';
                id: string;
                customer_id: string;
                /** @enum {string} */
                kind:
                  | 'earn'
                  | 'bonus'
                  | 'adjust'
                  | 'redeem'
                  | 'reversal'
                  | 'post'
                  | 'void'
                  | 'clawback'
                  | 'expire'
                  | 'merge_in'
                  | 'merge_out';
                /** @description Posted points this entry added (negative: removed). */
                points: number;
                pending_points: number;
                balance_after: number;
                pending_after: number;
                /** @description Clawbacks: what the refund asked for. */
                requested_points: number | null;
                /** @description Why, as an English sentence (a manual adjustment: the words its author wrote). */
                reason: string;
                /**
                 * @description `reason` as a code and its parameters, to word in any language: e.g. `{"code": "order", "params": {"order_id": "VN-1"}}` for "Order VN-1"; `note` is a person's own words (`params.text`).
                 * @example {
                 *       "code": "order",
                 *       "params": {
                 *         "order_id": "VN-1"
                 *       }
                 *     }
                 */
                reason_detail: {
                  /** @enum {string} */
                  code:
                    | 'order_refunded'
                    | 'cashback'
                    | 'earn_rule'
                    | 'order'
                    | 'redeemed'
                    | 'redemption_cancelled'
                    | 'challenge_completed'
                    | 'profile_merged'
                    | 'pending_over'
                    | 'lot_expired'
                    | 'inactivity'
                    | 'birthday'
                    | 'note';
                  params: {
                    [key: string]: string;
                  };
                };
                source: {
                  type: string;
                  id: string;
                };
                /** @description The entry this one settles or corrects. */
                related_transaction_id: string | null;
                rule: {
                  id: string;
                  version: number | null;
                } | null;
                actor: string | null;
                occurred_at: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/points/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add or remove points by hand; the reason and the acting key are recorded */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "points": 1250,
           *       "reason": "Goodwill for a late delivery"
           *     }
           */
          'application/json': {
            points: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "points_transaction",
             *       "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "kind": "earn",
             *       "points": 1250,
             *       "pending_points": 1250,
             *       "balance_after": 3,
             *       "pending_after": 3,
             *       "requested_points": 1250,
             *       "reason": "Goodwill for a late delivery",
             *       "reason_detail": {
             *         "code": "order",
             *         "params": {
             *           "order_id": "VN-1"
             *         }
             *       },
             *       "source": {
             *         "type": "event",
             *         "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *       },
             *       "related_transaction_id": null,
             *       "rule": {
             *         "id": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "version": 3
             *       },
             *       "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "occurred_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'points_transaction';
              id: string;
              customer_id: string;
              /** @enum {string} */
              kind:
                | 'earn'
                | 'bonus'
                | 'adjust'
                | 'redeem'
                | 'reversal'
                | 'post'
                | 'void'
                | 'clawback'
                | 'expire'
                | 'merge_in'
                | 'merge_out';
              /** @description Posted points this entry added (negative: removed). */
              points: number;
              pending_points: number;
              balance_after: number;
              pending_after: number;
              /** @description Clawbacks: what the refund asked for. */
              requested_points: number | null;
              /** @description Why, as an English sentence (a manual adjustment: the words its author wrote). */
              reason: string;
              /**
               * @description `reason` as a code and its parameters, to word in any language: e.g. `{"code": "order", "params": {"order_id": "VN-1"}}` for "Order VN-1"; `note` is a person's own words (`params.text`).
               * @example {
               *       "code": "order",
               *       "params": {
               *         "order_id": "VN-1"
               *       }
               *     }
               */
              reason_detail: {
                /** @enum {string} */
                code:
                  | 'order_refunded'
                  | 'cashback'
                  | 'earn_rule'
                  | 'order'
                  | 'redeemed'
                  | 'redemption_cancelled'
                  | 'challenge_completed'
                  | 'profile_merged'
                  | 'pending_over'
                  | 'lot_expired'
                  | 'inactivity'
                  | 'birthday'
                  | 'note';
                params: {
                  [key: string]: string;
                };
              };
              source: {
                type: string;
                id: string;
              };
              /** @description The entry this one settles or corrects. */
              related_transaction_id: string | null;
              rule: {
                id: string;
                version: number | null;
              } | null;
              actor: string | null;
              occurred_at: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/store-credit/debits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Spend store credit (minor units); 422 insufficient_store_credit when the balance is short */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "amount": 1250000,
           *       "reason": "Goodwill for a late delivery",
           *       "order_id": "VN-10428"
           *     }
           */
          'application/json': {
            amount: number;
            reason: string;
            order_id?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "store_credit_transaction",
             *       "id": "sct_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "amount": 1250000,
             *       "reason": "Goodwill for a late delivery",
             *       "balance_after": 3
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'store_credit_transaction';
              id: string;
              customer_id: string;
              /** @description Minor units; negative for a debit. */
              amount: number;
              reason: string;
              balance_after: number;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/store-credit/credits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add store credit by hand (a negative amount removes it, never below zero) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "amount": 1250000,
           *       "reason": "Goodwill for a late delivery"
           *     }
           */
          'application/json': {
            amount: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "store_credit_transaction",
             *       "id": "sct_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "amount": 1250000,
             *       "reason": "Goodwill for a late delivery"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'store_credit_transaction';
              id: string;
              customer_id: string;
              /** @description Minor units; negative for a debit. */
              amount: number;
              reason: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/rewards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The reward catalog, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          archived?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "loyalty_reward",
             *           "id": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "50.000 ₫ voucher",
             *           "description": "50.000 ₫ off an order of 500.000 ₫ or more.",
             *           "kind": "amount_off",
             *           "points_cost": 500,
             *           "amount_off": 50000,
             *           "percent_off": 10,
             *           "product_id": "SKU-CF-250",
             *           "credit_amount": 200000,
             *           "currency": "VND",
             *           "minimum_order": 500000,
             *           "minimum_tier": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "stock": 3,
             *           "active_from": "2026-03-14T09:30:00.000Z",
             *           "active_until": "2026-03-14T09:30:00.000Z",
             *           "coupon_expires_after_days": 30,
             *           "archived": null,
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "updated": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'loyalty_reward';
                id: string;
                name: string;
                description: string | null;
                /** @enum {string} */
                kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
                points_cost: number;
                amount_off: number | null;
                percent_off: number | null;
                product_id: string | null;
                credit_amount: number | null;
                currency: string;
                minimum_order: number | null;
                minimum_tier: string | null;
                /** @description Units left; null: unlimited. */
                stock: number | null;
                active_from: string | null;
                active_until: string | null;
                coupon_expires_after_days: number | null;
                archived: string | null;
                created: string;
                updated: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a reward to the catalog */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "50.000 ₫ voucher",
           *       "description": "50.000 ₫ off an order of 500.000 ₫ or more.",
           *       "points_cost": 500,
           *       "amount_off": 50000,
           *       "minimum_order": 500000,
           *       "minimum_tier": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "stock": 3,
           *       "active_from": "2026-03-14T09:30:00.000Z",
           *       "active_until": "2026-03-14T09:30:00.000Z",
           *       "coupon_expires_after_days": 30,
           *       "kind": "amount_off"
           *     }
           */
          'application/json': {
            name: string;
            description?: string | null;
            points_cost: number;
            /** @description Minor units of the workspace currency (kind amount_off). */
            amount_off?: number;
            /** @description Whole percent (kind percent_off). */
            percent_off?: number;
            /** @description The product given free (kind free_product). */
            product_id?: string;
            /** @description Minor units of store credit given (kind store_credit). */
            credit_amount?: number;
            /** @description Minor units; the coupon works on orders of at least this. */
            minimum_order?: number | null;
            /** @description A tier id: customers below it cannot redeem. */
            minimum_tier?: string | null;
            /** @description Units left; null: unlimited. */
            stock?: number | null;
            active_from?: string | null;
            active_until?: string | null;
            coupon_expires_after_days?: number | null;
            /** @enum {string} */
            kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_reward",
             *       "id": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "50.000 ₫ voucher",
             *       "description": "50.000 ₫ off an order of 500.000 ₫ or more.",
             *       "kind": "amount_off",
             *       "points_cost": 500,
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "product_id": "SKU-CF-250",
             *       "credit_amount": 200000,
             *       "currency": "VND",
             *       "minimum_order": 500000,
             *       "minimum_tier": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "stock": 3,
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "coupon_expires_after_days": 30,
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_reward';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
              points_cost: number;
              amount_off: number | null;
              percent_off: number | null;
              product_id: string | null;
              credit_amount: number | null;
              currency: string;
              minimum_order: number | null;
              minimum_tier: string | null;
              /** @description Units left; null: unlimited. */
              stock: number | null;
              active_from: string | null;
              active_until: string | null;
              coupon_expires_after_days: number | null;
              archived: string | null;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/rewards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A reward */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_reward",
             *       "id": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "50.000 ₫ voucher",
             *       "description": "50.000 ₫ off an order of 500.000 ₫ or more.",
             *       "kind": "amount_off",
             *       "points_cost": 500,
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "product_id": "SKU-CF-250",
             *       "credit_amount": 200000,
             *       "currency": "VND",
             *       "minimum_order": 500000,
             *       "minimum_tier": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "stock": 3,
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "coupon_expires_after_days": 30,
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_reward';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
              points_cost: number;
              amount_off: number | null;
              percent_off: number | null;
              product_id: string | null;
              credit_amount: number | null;
              currency: string;
              minimum_order: number | null;
              minimum_tier: string | null;
              /** @description Units left; null: unlimited. */
              stock: number | null;
              active_from: string | null;
              active_until: string | null;
              coupon_expires_after_days: number | null;
              archived: string | null;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Archive a reward (its redemptions stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_reward",
             *       "id": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "50.000 ₫ voucher",
             *       "description": "50.000 ₫ off an order of 500.000 ₫ or more.",
             *       "kind": "amount_off",
             *       "points_cost": 500,
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "product_id": "SKU-CF-250",
             *       "credit_amount": 200000,
             *       "currency": "VND",
             *       "minimum_order": 500000,
             *       "minimum_tier": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "stock": 3,
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "coupon_expires_after_days": 30,
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_reward';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
              points_cost: number;
              amount_off: number | null;
              percent_off: number | null;
              product_id: string | null;
              credit_amount: number | null;
              currency: string;
              minimum_order: number | null;
              minimum_tier: string | null;
              /** @description Units left; null: unlimited. */
              stock: number | null;
              active_from: string | null;
              active_until: string | null;
              coupon_expires_after_days: number | null;
              archived: string | null;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a reward (later redemptions only) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "50.000 ₫ voucher",
           *       "description": "50.000 ₫ off an order of 500.000 ₫ or more.",
           *       "points_cost": 500,
           *       "amount_off": 50000,
           *       "percent_off": 10,
           *       "product_id": "SKU-CF-250",
           *       "credit_amount": 200000,
           *       "minimum_order": 500000,
           *       "minimum_tier": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "stock": 3,
           *       "active_from": "2026-03-14T09:30:00.000Z",
           *       "active_until": "2026-03-14T09:30:00.000Z",
           *       "coupon_expires_after_days": 30
           *     }
           */
          'application/json': {
            name?: string;
            description?: string | null;
            points_cost?: number;
            /** @description Minor units of the workspace currency (kind amount_off). */
            amount_off?: number;
            /** @description Whole percent (kind percent_off). */
            percent_off?: number;
            /** @description The product given free (kind free_product). */
            product_id?: string;
            /** @description Minor units of store credit given (kind store_credit). */
            credit_amount?: number;
            /** @description Minor units; the coupon works on orders of at least this. */
            minimum_order?: number | null;
            /** @description A tier id: customers below it cannot redeem. */
            minimum_tier?: string | null;
            /** @description Units left; null: unlimited. */
            stock?: number | null;
            active_from?: string | null;
            active_until?: string | null;
            coupon_expires_after_days?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_reward",
             *       "id": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "50.000 ₫ voucher",
             *       "description": "50.000 ₫ off an order of 500.000 ₫ or more.",
             *       "kind": "amount_off",
             *       "points_cost": 500,
             *       "amount_off": 50000,
             *       "percent_off": 10,
             *       "product_id": "SKU-CF-250",
             *       "credit_amount": 200000,
             *       "currency": "VND",
             *       "minimum_order": 500000,
             *       "minimum_tier": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "stock": 3,
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "coupon_expires_after_days": 30,
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_reward';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
              points_cost: number;
              amount_off: number | null;
              percent_off: number | null;
              product_id: string | null;
              credit_amount: number | null;
              currency: string;
              minimum_order: number | null;
              minimum_tier: string | null;
              /** @description Units left; null: unlimited. */
              stock: number | null;
              active_from: string | null;
              active_until: string | null;
              coupon_expires_after_days: number | null;
              archived: string | null;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/customers/{id}/redemptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s redemptions, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "loyalty_redemption",
             *           "id": "rdm_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "reward": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "reward_name": "50.000 ₫ voucher",
             *           "kind": "amount_off",
             *           "points": 1250,
             *           "status": "issued",
             *           "coupon": {
             *             "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "code": "TET2027-7KQ9",
             *             "status": "unused"
             *           },
             *           "store_credit": {
             *             "amount": 1250000,
             *             "currency": "VND"
             *           },
             *           "points_entry": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "return_entry": null,
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "cancelled": null,
             *           "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "cancelled_by": null
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'loyalty_redemption';
                id: string;
                customer: string;
                reward: string;
                reward_name: string;
                /** @enum {string} */
                kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
                points: number;
                /**
                 * @description issued: coupon not yet used, or credit given; used: coupon used at checkout.
                 * @enum {string}
                 */
                status: 'issued' | 'used' | 'cancelled';
                coupon: {
                  id: string;
                  code: string;
                  /** @enum {string} */
                  status: 'unused' | 'used' | 'voided';
                } | null;
                store_credit: {
                  amount: number;
                  currency: string;
                } | null;
                points_entry: string;
                return_entry: string | null;
                created: string;
                cancelled: string | null;
                /** @description Who redeemed: the dashboard user or API key acting; null for older ones. */
                actor: string | null;
                /** @description Who cancelled it, the same way. */
                cancelled_by: string | null;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Spend points on a reward: issues a single-use coupon (or store credit) in one transaction */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "reward_id": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
           *     }
           */
          'application/json': {
            reward_id: string;
          };
        };
      };
      responses: {
        /** @description A replay of the same Idempotency-Key. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_redemption",
             *       "id": "rdm_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "reward": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "reward_name": "50.000 ₫ voucher",
             *       "kind": "amount_off",
             *       "points": 1250,
             *       "status": "issued",
             *       "coupon": {
             *         "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "code": "TET2027-7KQ9",
             *         "status": "unused"
             *       },
             *       "store_credit": {
             *         "amount": 1250000,
             *         "currency": "VND"
             *       },
             *       "points_entry": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "return_entry": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "cancelled": null,
             *       "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "cancelled_by": null
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_redemption';
              id: string;
              customer: string;
              reward: string;
              reward_name: string;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
              points: number;
              /**
               * @description issued: coupon not yet used, or credit given; used: coupon used at checkout.
               * @enum {string}
               */
              status: 'issued' | 'used' | 'cancelled';
              coupon: {
                id: string;
                code: string;
                /** @enum {string} */
                status: 'unused' | 'used' | 'voided';
              } | null;
              store_credit: {
                amount: number;
                currency: string;
              } | null;
              points_entry: string;
              return_entry: string | null;
              created: string;
              cancelled: string | null;
              /** @description Who redeemed: the dashboard user or API key acting; null for older ones. */
              actor: string | null;
              /** @description Who cancelled it, the same way. */
              cancelled_by: string | null;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_redemption",
             *       "id": "rdm_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "reward": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "reward_name": "50.000 ₫ voucher",
             *       "kind": "amount_off",
             *       "points": 1250,
             *       "status": "issued",
             *       "coupon": {
             *         "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "code": "TET2027-7KQ9",
             *         "status": "unused"
             *       },
             *       "store_credit": {
             *         "amount": 1250000,
             *         "currency": "VND"
             *       },
             *       "points_entry": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "return_entry": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "cancelled": null,
             *       "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "cancelled_by": null
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_redemption';
              id: string;
              customer: string;
              reward: string;
              reward_name: string;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
              points: number;
              /**
               * @description issued: coupon not yet used, or credit given; used: coupon used at checkout.
               * @enum {string}
               */
              status: 'issued' | 'used' | 'cancelled';
              coupon: {
                id: string;
                code: string;
                /** @enum {string} */
                status: 'unused' | 'used' | 'voided';
              } | null;
              store_credit: {
                amount: number;
                currency: string;
              } | null;
              points_entry: string;
              return_entry: string | null;
              created: string;
              cancelled: string | null;
              /** @description Who redeemed: the dashboard user or API key acting; null for older ones. */
              actor: string | null;
              /** @description Who cancelled it, the same way. */
              cancelled_by: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/redemptions/{redemption_id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a redemption whose coupon is unused: points go back to their original lots */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          redemption_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_redemption",
             *       "id": "rdm_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "reward": "rwd_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "reward_name": "50.000 ₫ voucher",
             *       "kind": "amount_off",
             *       "points": 1250,
             *       "status": "issued",
             *       "coupon": {
             *         "id": "cpn_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "code": "TET2027-7KQ9",
             *         "status": "unused"
             *       },
             *       "store_credit": {
             *         "amount": 1250000,
             *         "currency": "VND"
             *       },
             *       "points_entry": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "return_entry": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "cancelled": null,
             *       "actor": "usr_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "cancelled_by": null
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_redemption';
              id: string;
              customer: string;
              reward: string;
              reward_name: string;
              /** @enum {string} */
              kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product' | 'store_credit';
              points: number;
              /**
               * @description issued: coupon not yet used, or credit given; used: coupon used at checkout.
               * @enum {string}
               */
              status: 'issued' | 'used' | 'cancelled';
              coupon: {
                id: string;
                code: string;
                /** @enum {string} */
                status: 'unused' | 'used' | 'voided';
              } | null;
              store_credit: {
                amount: number;
                currency: string;
              } | null;
              points_entry: string;
              return_entry: string | null;
              created: string;
              cancelled: string | null;
              /** @description Who redeemed: the dashboard user or API key acting; null for older ones. */
              actor: string | null;
              /** @description Who cancelled it, the same way. */
              cancelled_by: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/challenges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Live challenges, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "loyalty_challenge",
             *           "id": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Three visits in March",
             *           "description": "Order coffee or tea three times within 30 days.",
             *           "event_name": "Order Completed",
             *           "conditions": [
             *             {
             *               "path": "properties.category",
             *               "operator": "eq",
             *               "value": "coffee & tea"
             *             }
             *           ],
             *           "events_required": 3,
             *           "window_days": 30,
             *           "bonus_points": 200,
             *           "badge": {
             *             "name": "Regular",
             *             "description": "Three coffee orders in a month.",
             *             "image_url": "https://shop.example.vn/images/voucher-50k.png"
             *           },
             *           "active_from": "2026-03-14T09:30:00.000Z",
             *           "active_until": "2026-03-14T09:30:00.000Z",
             *           "archived": null,
             *           "created": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'loyalty_challenge';
                id: string;
                name: string;
                description: string | null;
                event_name: string;
                conditions: {
                  path: string;
                  /** @enum {string} */
                  operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
                  value?: string | number | boolean;
                }[];
                events_required: number;
                window_days: number;
                bonus_points: number;
                badge: {
                  name: string;
                  description: string | null;
                  image_url: string | null;
                };
                active_from: string;
                active_until: string | null;
                archived: string | null;
                created: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a challenge: N events within D days earn bonus points and a badge */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Three visits in March",
           *       "description": "Order coffee or tea three times within 30 days.",
           *       "event_name": "Order Completed",
           *       "conditions": [
           *         {
           *           "path": "properties.category",
           *           "operator": "eq",
           *           "value": "coffee & tea"
           *         }
           *       ],
           *       "events_required": 3,
           *       "window_days": 30,
           *       "bonus_points": 200,
           *       "badge": {
           *         "name": "Regular",
           *         "description": "Three coffee orders in a month.",
           *         "image_url": "https://shop.example.vn/images/voucher-50k.png"
           *       },
           *       "active_from": "2026-03-14T09:30:00.000Z",
           *       "active_until": "2026-03-14T09:30:00.000Z"
           *     }
           */
          'application/json': {
            name: string;
            description?: string | null;
            /** @description The track event that counts, e.g. `Order Completed`, `Review Submitted`. */
            event_name: string;
            conditions?: {
              /** @description Dotted path in the event properties, e.g. `category`. */
              path: string;
              /** @enum {string} */
              operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
              value?: string | number | boolean;
            }[];
            events_required: number;
            window_days: number;
            bonus_points: number;
            badge: {
              name: string;
              description?: string | null;
              image_url?: string | null;
            };
            /**
             * Format: date-time
             * @description Events before this do not count; default: now.
             */
            active_from?: string;
            active_until?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_challenge",
             *       "id": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Three visits in March",
             *       "description": "Order coffee or tea three times within 30 days.",
             *       "event_name": "Order Completed",
             *       "conditions": [
             *         {
             *           "path": "properties.category",
             *           "operator": "eq",
             *           "value": "coffee & tea"
             *         }
             *       ],
             *       "events_required": 3,
             *       "window_days": 30,
             *       "bonus_points": 200,
             *       "badge": {
             *         "name": "Regular",
             *         "description": "Three coffee orders in a month.",
             *         "image_url": "https://shop.example.vn/images/voucher-50k.png"
             *       },
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_challenge';
              id: string;
              name: string;
              description: string | null;
              event_name: string;
              conditions: {
                path: string;
                /** @enum {string} */
                operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
                value?: string | number | boolean;
              }[];
              events_required: number;
              window_days: number;
              bonus_points: number;
              badge: {
                name: string;
                description: string | null;
                image_url: string | null;
              };
              active_from: string;
              active_until: string | null;
              archived: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/loyalty/challenges/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A challenge */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_challenge",
             *       "id": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Three visits in March",
             *       "description": "Order coffee or tea three times within 30 days.",
             *       "event_name": "Order Completed",
             *       "conditions": [
             *         {
             *           "path": "properties.category",
             *           "operator": "eq",
             *           "value": "coffee & tea"
             *         }
             *       ],
             *       "events_required": 3,
             *       "window_days": 30,
             *       "bonus_points": 200,
             *       "badge": {
             *         "name": "Regular",
             *         "description": "Three coffee orders in a month.",
             *         "image_url": "https://shop.example.vn/images/voucher-50k.png"
             *       },
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_challenge';
              id: string;
              name: string;
              description: string | null;
              event_name: string;
              conditions: {
                path: string;
                /** @enum {string} */
                operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
                value?: string | number | boolean;
              }[];
              events_required: number;
              window_days: number;
              bonus_points: number;
              badge: {
                name: string;
                description: string | null;
                image_url: string | null;
              };
              active_from: string;
              active_until: string | null;
              archived: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Archive a challenge (badges earned stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_challenge",
             *       "id": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Three visits in March",
             *       "description": "Order coffee or tea three times within 30 days.",
             *       "event_name": "Order Completed",
             *       "conditions": [
             *         {
             *           "path": "properties.category",
             *           "operator": "eq",
             *           "value": "coffee & tea"
             *         }
             *       ],
             *       "events_required": 3,
             *       "window_days": 30,
             *       "bonus_points": 200,
             *       "badge": {
             *         "name": "Regular",
             *         "description": "Three coffee orders in a month.",
             *         "image_url": "https://shop.example.vn/images/voucher-50k.png"
             *       },
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_challenge';
              id: string;
              name: string;
              description: string | null;
              event_name: string;
              conditions: {
                path: string;
                /** @enum {string} */
                operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
                value?: string | number | boolean;
              }[];
              events_required: number;
              window_days: number;
              bonus_points: number;
              badge: {
                name: string;
                description: string | null;
                image_url: string | null;
              };
              active_from: string;
              active_until: string | null;
              archived: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename, re-badge, change the bonus or the end of a challenge (what counts cannot change) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Three visits in March",
           *       "description": "Order coffee or tea three times within 30 days.",
           *       "bonus_points": 200,
           *       "badge": {
           *         "name": "Regular",
           *         "description": "Three coffee orders in a month.",
           *         "image_url": "https://shop.example.vn/images/voucher-50k.png"
           *       },
           *       "active_until": "2026-03-14T09:30:00.000Z"
           *     }
           */
          'application/json': {
            name?: string;
            description?: string | null;
            bonus_points?: number;
            badge?: {
              name: string;
              description?: string | null;
              image_url?: string | null;
            };
            active_until?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "loyalty_challenge",
             *       "id": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Three visits in March",
             *       "description": "Order coffee or tea three times within 30 days.",
             *       "event_name": "Order Completed",
             *       "conditions": [
             *         {
             *           "path": "properties.category",
             *           "operator": "eq",
             *           "value": "coffee & tea"
             *         }
             *       ],
             *       "events_required": 3,
             *       "window_days": 30,
             *       "bonus_points": 200,
             *       "badge": {
             *         "name": "Regular",
             *         "description": "Three coffee orders in a month.",
             *         "image_url": "https://shop.example.vn/images/voucher-50k.png"
             *       },
             *       "active_from": "2026-03-14T09:30:00.000Z",
             *       "active_until": "2026-03-14T09:30:00.000Z",
             *       "archived": null,
             *       "created": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'loyalty_challenge';
              id: string;
              name: string;
              description: string | null;
              event_name: string;
              conditions: {
                path: string;
                /** @enum {string} */
                operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
                value?: string | number | boolean;
              }[];
              events_required: number;
              window_days: number;
              bonus_points: number;
              badge: {
                name: string;
                description: string | null;
                image_url: string | null;
              };
              active_from: string;
              active_until: string | null;
              archived: string | null;
              created: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/customers/{id}/challenges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s progress in each live challenge, and the badges earned */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "loyalty_challenge_progress",
             *           "challenge": {
             *             "object": "loyalty_challenge",
             *             "id": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "name": "Three visits in March",
             *             "description": "Order coffee or tea three times within 30 days.",
             *             "event_name": "Order Completed",
             *             "conditions": [
             *               {
             *                 "path": "properties.category",
             *                 "operator": "eq",
             *                 "value": "coffee & tea"
             *               }
             *             ],
             *             "events_required": 3,
             *             "window_days": 30,
             *             "bonus_points": 200,
             *             "badge": {
             *               "name": "Regular",
             *               "description": "Three coffee orders in a month.",
             *               "image_url": "https://shop.example.vn/images/voucher-50k.png"
             *             },
             *             "active_from": "2026-03-14T09:30:00.000Z",
             *             "active_until": "2026-03-14T09:30:00.000Z",
             *             "archived": null,
             *             "created": "2026-03-14T09:30:00.000Z"
             *           },
             *           "events_counted": 3,
             *           "events_required": 3,
             *           "completed": true,
             *           "badge": {
             *             "object": "loyalty_badge",
             *             "id": "bdg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "challenge": "chl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "name": "Regular",
             *             "description": "Three coffee orders in a month.",
             *             "image_url": "https://shop.example.vn/images/voucher-50k.png",
             *             "bonus_points": 200,
             *             "points_entry": "ptx_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "earned": "2026-03-14T09:30:00.000Z"
             *           }
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'loyalty_challenge_progress';
                challenge: {
                  /** @enum {string} */
                  object: 'loyalty_challenge';
                  id: string;
                  name: string;
                  description: string | null;
                  event_name: string;
                  conditions: {
                    path: string;
                    /** @enum {string} */
                    operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
                    value?: string | number | boolean;
                  }[];
                  events_required: number;
                  window_days: number;
                  bonus_points: number;
                  badge: {
                    name: string;
                    description: string | null;
                    image_url: string | null;
                  };
                  active_from: string;
                  active_until: string | null;
                  archived: string | null;
                  created: string;
                };
                /** @description Qualifying events in the last `window_days` days (all of them once completed). */
                events_counted: number;
                events_required: number;
                completed: boolean;
                badge: {
                  /** @enum {string} */
                  object: 'loyalty_badge';
                  id: string;
                  customer: string;
                  challenge: string;
                  name: string;
                  description: string | null;
                  image_url: string | null;
                  bonus_points: number;
                  /** @description The ledger entry of the bonus points; null for 0 points. */
                  points_entry: string | null;
                  earned: string;
                } | null;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/identify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Segment identify call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "messageId": "msg_20260314_8841_01",
           *       "userId": "user_8841",
           *       "anonymousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *       "timestamp": "2026-03-14T09:30:00.000Z",
           *       "originalTimestamp": "2026-03-14T09:30:00.000Z",
           *       "sentAt": "2026-03-14T09:30:00.000Z",
           *       "context": {
           *         "locale": "th-TH",
           *         "timezone": "Asia/Bangkok"
           *       },
           *       "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "traits": {
           *         "email": "siriporn.w@example.co.th",
           *         "first_name": "Siriporn",
           *         "last_name": "Wongsakul",
           *         "phone": "+66 81 234 5678",
           *         "birthday": "1991-08-14"
           *       },
           *       "type": "identify"
           *     }
           */
          'application/json': {
            messageId?: string;
            userId?: (string | number) | null;
            anonymousId?: (string | number) | null;
            /**
             * Format: date-time
             * @description When it happened, by the client clock.
             */
            timestamp?: string;
            /** Format: date-time */
            originalTimestamp?: string;
            /**
             * Format: date-time
             * @description When the client sent it, by the same clock: corrects its skew.
             */
            sentAt?: string;
            context?: unknown;
            /** @description Accepted for compatibility; retain has no destinations. */
            integrations?: unknown;
            writeKey?: string;
            traits?: unknown;
            /** @enum {string} */
            type?: 'identify';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "success": true
             *     }
             */
            'application/json': {
              /** @enum {boolean} */
              success: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/track': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Segment track call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "messageId": "msg_20260314_8841_01",
           *       "userId": "user_8841",
           *       "anonymousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *       "timestamp": "2026-03-14T09:30:00.000Z",
           *       "originalTimestamp": "2026-03-14T09:30:00.000Z",
           *       "sentAt": "2026-03-14T09:30:00.000Z",
           *       "context": {
           *         "locale": "th-TH",
           *         "timezone": "Asia/Bangkok"
           *       },
           *       "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "event": "Order Completed",
           *       "properties": {
           *         "order_id": "VN-10428",
           *         "total": 1250000,
           *         "currency": "VND",
           *         "products": [
           *           {
           *             "product_id": "SKU-CF-250",
           *             "name": "Cà phê Robusta 250g",
           *             "price": 250000,
           *             "quantity": 5,
           *             "category": "coffee & tea"
           *           }
           *         ]
           *       },
           *       "type": "track"
           *     }
           */
          'application/json': {
            messageId?: string;
            userId?: (string | number) | null;
            anonymousId?: (string | number) | null;
            /**
             * Format: date-time
             * @description When it happened, by the client clock.
             */
            timestamp?: string;
            /** Format: date-time */
            originalTimestamp?: string;
            /**
             * Format: date-time
             * @description When the client sent it, by the same clock: corrects its skew.
             */
            sentAt?: string;
            context?: unknown;
            /** @description Accepted for compatibility; retain has no destinations. */
            integrations?: unknown;
            writeKey?: string;
            event: string;
            properties?: unknown;
            /** @enum {string} */
            type?: 'track';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "success": true
             *     }
             */
            'application/json': {
              /** @enum {boolean} */
              success: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/page': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Segment page call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "messageId": "msg_20260314_8841_01",
           *       "userId": "user_8841",
           *       "anonymousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *       "timestamp": "2026-03-14T09:30:00.000Z",
           *       "originalTimestamp": "2026-03-14T09:30:00.000Z",
           *       "sentAt": "2026-03-14T09:30:00.000Z",
           *       "context": {
           *         "locale": "th-TH",
           *         "timezone": "Asia/Bangkok"
           *       },
           *       "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "name": "Cà Phê Sài Gòn",
           *       "category": "coffee & tea",
           *       "properties": {
           *         "order_id": "VN-10428",
           *         "total": 1250000,
           *         "currency": "VND",
           *         "products": [
           *           {
           *             "product_id": "SKU-CF-250",
           *             "name": "Cà phê Robusta 250g",
           *             "price": 250000,
           *             "quantity": 5,
           *             "category": "coffee & tea"
           *           }
           *         ]
           *       },
           *       "type": "page"
           *     }
           */
          'application/json': {
            messageId?: string;
            userId?: (string | number) | null;
            anonymousId?: (string | number) | null;
            /**
             * Format: date-time
             * @description When it happened, by the client clock.
             */
            timestamp?: string;
            /** Format: date-time */
            originalTimestamp?: string;
            /**
             * Format: date-time
             * @description When the client sent it, by the same clock: corrects its skew.
             */
            sentAt?: string;
            context?: unknown;
            /** @description Accepted for compatibility; retain has no destinations. */
            integrations?: unknown;
            writeKey?: string;
            name?: string;
            category?: string;
            properties?: unknown;
            /** @enum {string} */
            type?: 'page';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "success": true
             *     }
             */
            'application/json': {
              /** @enum {boolean} */
              success: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/screen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Segment screen call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "messageId": "msg_20260314_8841_01",
           *       "userId": "user_8841",
           *       "anonymousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *       "timestamp": "2026-03-14T09:30:00.000Z",
           *       "originalTimestamp": "2026-03-14T09:30:00.000Z",
           *       "sentAt": "2026-03-14T09:30:00.000Z",
           *       "context": {
           *         "locale": "th-TH",
           *         "timezone": "Asia/Bangkok"
           *       },
           *       "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "name": "Cà Phê Sài Gòn",
           *       "properties": {
           *         "order_id": "VN-10428",
           *         "total": 1250000,
           *         "currency": "VND",
           *         "products": [
           *           {
           *             "product_id": "SKU-CF-250",
           *             "name": "Cà phê Robusta 250g",
           *             "price": 250000,
           *             "quantity": 5,
           *             "category": "coffee & tea"
           *           }
           *         ]
           *       },
           *       "type": "screen"
           *     }
           */
          'application/json': {
            messageId?: string;
            userId?: (string | number) | null;
            anonymousId?: (string | number) | null;
            /**
             * Format: date-time
             * @description When it happened, by the client clock.
             */
            timestamp?: string;
            /** Format: date-time */
            originalTimestamp?: string;
            /**
             * Format: date-time
             * @description When the client sent it, by the same clock: corrects its skew.
             */
            sentAt?: string;
            context?: unknown;
            /** @description Accepted for compatibility; retain has no destinations. */
            integrations?: unknown;
            writeKey?: string;
            name?: string;
            properties?: unknown;
            /** @enum {string} */
            type?: 'screen';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "success": true
             *     }
             */
            'application/json': {
              /** @enum {boolean} */
              success: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/group': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Segment group call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "messageId": "msg_20260314_8841_01",
           *       "userId": "user_8841",
           *       "anonymousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *       "timestamp": "2026-03-14T09:30:00.000Z",
           *       "originalTimestamp": "2026-03-14T09:30:00.000Z",
           *       "sentAt": "2026-03-14T09:30:00.000Z",
           *       "context": {
           *         "locale": "th-TH",
           *         "timezone": "Asia/Bangkok"
           *       },
           *       "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "groupId": "cafe-district-1",
           *       "traits": {
           *         "email": "siriporn.w@example.co.th",
           *         "first_name": "Siriporn",
           *         "last_name": "Wongsakul",
           *         "phone": "+66 81 234 5678",
           *         "birthday": "1991-08-14"
           *       },
           *       "type": "group"
           *     }
           */
          'application/json': {
            messageId?: string;
            userId?: (string | number) | null;
            anonymousId?: (string | number) | null;
            /**
             * Format: date-time
             * @description When it happened, by the client clock.
             */
            timestamp?: string;
            /** Format: date-time */
            originalTimestamp?: string;
            /**
             * Format: date-time
             * @description When the client sent it, by the same clock: corrects its skew.
             */
            sentAt?: string;
            context?: unknown;
            /** @description Accepted for compatibility; retain has no destinations. */
            integrations?: unknown;
            writeKey?: string;
            groupId: string | number;
            traits?: unknown;
            /** @enum {string} */
            type?: 'group';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "success": true
             *     }
             */
            'application/json': {
              /** @enum {boolean} */
              success: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/alias': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Segment alias call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "messageId": "msg_20260314_8841_01",
           *       "userId": "user_8841",
           *       "anonymousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *       "timestamp": "2026-03-14T09:30:00.000Z",
           *       "originalTimestamp": "2026-03-14T09:30:00.000Z",
           *       "sentAt": "2026-03-14T09:30:00.000Z",
           *       "context": {
           *         "locale": "th-TH",
           *         "timezone": "Asia/Bangkok"
           *       },
           *       "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "previousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *       "type": "alias"
           *     }
           */
          'application/json': {
            messageId?: string;
            userId: string | number;
            anonymousId?: (string | number) | null;
            /**
             * Format: date-time
             * @description When it happened, by the client clock.
             */
            timestamp?: string;
            /** Format: date-time */
            originalTimestamp?: string;
            /**
             * Format: date-time
             * @description When the client sent it, by the same clock: corrects its skew.
             */
            sentAt?: string;
            context?: unknown;
            /** @description Accepted for compatibility; retain has no destinations. */
            integrations?: unknown;
            writeKey?: string;
            previousId: string | number;
            /** @enum {string} */
            type?: 'alias';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "success": true
             *     }
             */
            'application/json': {
              /** @enum {boolean} */
              success: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Segment batch: all messages are stored, or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "batch": [
           *         {
           *           "messageId": "msg_20260314_8841_01",
           *           "userId": "user_8841",
           *           "anonymousId": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
           *           "timestamp": "2026-03-14T09:30:00.000Z",
           *           "originalTimestamp": "2026-03-14T09:30:00.000Z",
           *           "sentAt": "2026-03-14T09:30:00.000Z",
           *           "context": {
           *             "locale": "th-TH",
           *             "timezone": "Asia/Bangkok"
           *           },
           *           "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *           "traits": {
           *             "email": "siriporn.w@example.co.th",
           *             "first_name": "Siriporn",
           *             "last_name": "Wongsakul",
           *             "phone": "+66 81 234 5678",
           *             "birthday": "1991-08-14"
           *           },
           *           "type": "identify"
           *         }
           *       ],
           *       "context": {
           *         "locale": "th-TH",
           *         "timezone": "Asia/Bangkok"
           *       },
           *       "writeKey": "pk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "sentAt": "2026-03-14T09:30:00.000Z"
           *     }
           */
          'application/json': {
            batch: (
              | {
                  messageId?: string;
                  userId?: (string | number) | null;
                  anonymousId?: (string | number) | null;
                  /**
                   * Format: date-time
                   * @description When it happened, by the client clock.
                   */
                  timestamp?: string;
                  /** Format: date-time */
                  originalTimestamp?: string;
                  /**
                   * Format: date-time
                   * @description When the client sent it, by the same clock: corrects its skew.
                   */
                  sentAt?: string;
                  context?: unknown;
                  /** @description Accepted for compatibility; retain has no destinations. */
                  integrations?: unknown;
                  writeKey?: string;
                  traits?: unknown;
                  /** @enum {string} */
                  type: 'identify';
                }
              | {
                  messageId?: string;
                  userId?: (string | number) | null;
                  anonymousId?: (string | number) | null;
                  /**
                   * Format: date-time
                   * @description When it happened, by the client clock.
                   */
                  timestamp?: string;
                  /** Format: date-time */
                  originalTimestamp?: string;
                  /**
                   * Format: date-time
                   * @description When the client sent it, by the same clock: corrects its skew.
                   */
                  sentAt?: string;
                  context?: unknown;
                  /** @description Accepted for compatibility; retain has no destinations. */
                  integrations?: unknown;
                  writeKey?: string;
                  event: string;
                  properties?: unknown;
                  /** @enum {string} */
                  type: 'track';
                }
              | {
                  messageId?: string;
                  userId?: (string | number) | null;
                  anonymousId?: (string | number) | null;
                  /**
                   * Format: date-time
                   * @description When it happened, by the client clock.
                   */
                  timestamp?: string;
                  /** Format: date-time */
                  originalTimestamp?: string;
                  /**
                   * Format: date-time
                   * @description When the client sent it, by the same clock: corrects its skew.
                   */
                  sentAt?: string;
                  context?: unknown;
                  /** @description Accepted for compatibility; retain has no destinations. */
                  integrations?: unknown;
                  writeKey?: string;
                  name?: string;
                  category?: string;
                  properties?: unknown;
                  /** @enum {string} */
                  type: 'page';
                }
              | {
                  messageId?: string;
                  userId?: (string | number) | null;
                  anonymousId?: (string | number) | null;
                  /**
                   * Format: date-time
                   * @description When it happened, by the client clock.
                   */
                  timestamp?: string;
                  /** Format: date-time */
                  originalTimestamp?: string;
                  /**
                   * Format: date-time
                   * @description When the client sent it, by the same clock: corrects its skew.
                   */
                  sentAt?: string;
                  context?: unknown;
                  /** @description Accepted for compatibility; retain has no destinations. */
                  integrations?: unknown;
                  writeKey?: string;
                  name?: string;
                  properties?: unknown;
                  /** @enum {string} */
                  type: 'screen';
                }
              | {
                  messageId?: string;
                  userId?: (string | number) | null;
                  anonymousId?: (string | number) | null;
                  /**
                   * Format: date-time
                   * @description When it happened, by the client clock.
                   */
                  timestamp?: string;
                  /** Format: date-time */
                  originalTimestamp?: string;
                  /**
                   * Format: date-time
                   * @description When the client sent it, by the same clock: corrects its skew.
                   */
                  sentAt?: string;
                  context?: unknown;
                  /** @description Accepted for compatibility; retain has no destinations. */
                  integrations?: unknown;
                  writeKey?: string;
                  groupId: string | number;
                  traits?: unknown;
                  /** @enum {string} */
                  type: 'group';
                }
              | {
                  messageId?: string;
                  userId: string | number;
                  anonymousId?: (string | number) | null;
                  /**
                   * Format: date-time
                   * @description When it happened, by the client clock.
                   */
                  timestamp?: string;
                  /** Format: date-time */
                  originalTimestamp?: string;
                  /**
                   * Format: date-time
                   * @description When the client sent it, by the same clock: corrects its skew.
                   */
                  sentAt?: string;
                  context?: unknown;
                  /** @description Accepted for compatibility; retain has no destinations. */
                  integrations?: unknown;
                  writeKey?: string;
                  previousId: string | number;
                  /** @enum {string} */
                  type: 'alias';
                }
            )[];
            context?: unknown;
            integrations?: unknown;
            writeKey?: string;
            /** Format: date-time */
            sentAt?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "success": true
             *     }
             */
            'application/json': {
              /** @enum {boolean} */
              success: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/consumer_failures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events a consumer could not apply and skipped, newest first (the import problems view) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "consumer_failure",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "consumer": "loyalty",
             *           "event_id": "xxxxxxxx",
             *           "event_type": "xxxxxxxx",
             *           "event_name": "Order Completed",
             *           "error": "Order VN-10428 names currency THB; the shop sells in VND",
             *           "failed_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'consumer_failure';
                /** @description consumer:event id; the page cursor. */
                id: string;
                /** @description The step that failed: orders, loyalty, analytics… */
                consumer: string;
                event_id: string;
                event_type: string | null;
                /** @description The track event’s name, e.g. Order Completed. */
                event_name: string | null;
                /** @description What the consumer reported, for developers. */
                error: string;
                failed_at: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import customers or orders from a CSV (the request body, text/csv)
     * @description Streams the CSV into the event log in batches: each customer row becomes an `identify`, each order an `Order Completed` keyed by order_id, so importing the same file again changes nothing. Bad rows are reported by line and reason while the good ones import. `Content-Encoding: gzip` is accepted.
     */
    post: {
      parameters: {
        query: {
          type: 'customers' | 'orders';
          /** @description Field delimiter; default `,`. */
          delimiter?: string;
          /** @description true: answer once the consumers have applied the imported events (customers and orders visible). */
          wait?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "import",
             *       "id": "imp_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "type": "customers",
             *       "rows": 3,
             *       "imported": 3,
             *       "unchanged": 3,
             *       "failed": 3,
             *       "errors": [
             *         {
             *           "line": 139,
             *           "reason": "Goodwill for a late delivery",
             *           "code": "nul_character",
             *           "field": "xxxxxxxx",
             *           "params": {}
             *         }
             *       ],
             *       "errors_omitted": 3
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'import';
              id: string;
              /** @enum {string} */
              type: 'customers' | 'orders';
              /** @description Data rows read, the header excluded: imported + unchanged + failed. */
              rows: number;
              /** @description Rows whose events were new. */
              imported: number;
              /** @description Rows already imported before (same order_id, or the same customer row). */
              unchanged: number;
              /** @description Rows that could not be imported. */
              failed: number;
              errors: {
                line: number;
                /** @description The problem as an English sentence. */
                reason: string;
                /**
                 * @description The problem, for wording it in any language.
                 * @enum {string}
                 */
                code:
                  | 'nul_character'
                  | 'year_unsupported'
                  | 'date_invalid'
                  | 'date_impossible'
                  | 'calendar_date_invalid'
                  | 'amount_invalid'
                  | 'amount_negative'
                  | 'amount_too_large'
                  | 'lines_total_too_large'
                  | 'quantity_invalid'
                  | 'currency_invalid'
                  | 'email_invalid'
                  | 'empty'
                  | 'event_too_large'
                  | 'order_repeated'
                  | 'order_line_invalid'
                  | 'csv_invalid';
                /** @description The column at fault; null when it is the row as a whole. */
                field: string | null;
                /** @description The values the sentence names: `value` (the cell as written), limits, lines; amounts (`max`, `sum`) in minor units of `currency`; for `csv_invalid`, `problem` (quote_in_value, text_after_quote, quote_not_closed, unreadable), `column` counted from 1 and the parser’s English `detail`. */
                params: {
                  [key: string]: string;
                };
              }[];
              /** @description Failed rows beyond the first 1,000, not listed in errors. */
              errors_omitted: number;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List customers: search, filter by stage, RFM segment, tier and points, sort by any column; with the total */
    get: {
      parameters: {
        query?: {
          /** @description Any word of the name (from its start, with or without diacritics), the email anywhere, or the shop’s exact userId. */
          query?: string;
          /** @description Lifecycle stage. */
          stage?: 'prospect' | 'new' | 'repeat' | 'loyal' | 'at_risk' | 'lapsed' | 'reactivated';
          /** @description RFM segment. */
          segment?:
            | 'Champions'
            | 'Loyal'
            | 'Potential Loyalist'
            | 'New'
            | 'Promising'
            | 'Need Attention'
            | 'About to Sleep'
            | 'At Risk'
            | "Can't Lose"
            | 'Hibernating'
            | 'Lost';
          /** @description A loyalty tier id: its current members. */
          tier?: string;
          /** @description Posted points at least this. */
          points_min?: number;
          /** @description Posted points at most this. */
          points_max?: number;
          /** @description RFM recency score (5: most recent). */
          recency_score?: number;
          /** @description RFM frequency score (5: most orders). */
          frequency_score?: number;
          /** @description First order in this month (its first day, the workspace’s calendar), as the cohort table counts. */
          cohort?: string;
          /** @description With cohort: ordered in this month too (a cell of the cohort table). */
          cohort_active?: string;
          /** @description `created`: when retain first knew the person. */
          sort?:
            'created' | 'name' | 'email' | 'points' | 'orders' | 'revenue' | 'clv' | 'p_alive' | 'last_order';
          direction?: 'asc' | 'desc';
          limit?: number;
          /** @description The previous page’s `next_cursor`. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "customer",
             *           "id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "user_id": "user_8841",
             *           "email": "siriporn.w@example.co.th",
             *           "phone": "+66 81 234 5678",
             *           "name": "Siriporn Wongsakul",
             *           "first_name": "Siriporn",
             *           "last_name": "Wongsakul",
             *           "timezone": "Asia/Bangkok",
             *           "locale": "th-TH",
             *           "birthday": "1991-08-14",
             *           "traits": {
             *             "email": "siriporn.w@example.co.th",
             *             "first_name": "Siriporn",
             *             "last_name": "Wongsakul",
             *             "phone": "+66 81 234 5678",
             *             "birthday": "1991-08-14"
             *           },
             *           "first_seen": "2026-03-14T09:30:00.000Z",
             *           "last_seen": "2026-03-14T09:30:00.000Z",
             *           "erased_at": null,
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "facts": {
             *             "stage": "at_risk",
             *             "rfm_segment": "champions",
             *             "tier_id": "tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "points": 1250,
             *             "orders": 3,
             *             "net_revenue_minor": 1250000,
             *             "clv_12_months_minor": 1250000,
             *             "probability_alive": 0.35,
             *             "last_order_at": "2026-03-14T09:30:00.000Z"
             *           }
             *         }
             *       ],
             *       "has_more": false,
             *       "total_count": 2426,
             *       "next_cursor": null
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'customer';
                id: string;
                /** @description The shop’s own id for the person (Segment userId). */
                user_id: string | null;
                email: string | null;
                phone: string | null;
                name: string | null;
                first_name: string | null;
                last_name: string | null;
                /** @description IANA time zone. */
                timezone: string | null;
                /** @description BCP 47 locale. */
                locale: string | null;
                /** @description YYYY-MM-DD. */
                birthday: string | null;
                /** @description Free-form traits, merged shallowly; newer events win per trait. */
                traits: {
                  [key: string]: unknown;
                };
                first_seen: string;
                last_seen: string;
                erased_at: string | null;
                created: string;
                facts: {
                  /** @description Lifecycle stage; `prospect` until the first order. */
                  stage: string;
                  /** @description RFM segment; null before the first order. */
                  rfm_segment: string | null;
                  /** @description Current loyalty tier; null without one. */
                  tier_id: string | null;
                  /** @description Posted points balance. */
                  points: number;
                  orders: number;
                  /** @description Σ (total − refunded), minor units of the workspace currency. */
                  net_revenue_minor: number;
                  /** @description Predicted 12-month value; null without a model. */
                  clv_12_months_minor: number | null;
                  /** @description P(alive); null before the first order. */
                  probability_alive: number | null;
                  last_order_at: string | null;
                };
              }[];
              has_more: boolean;
              /** @description Customers matching the filters, across every page. */
              total_count: number;
              /** @description Pass as `cursor` for the next page (same filters and sort); null on the last. */
              next_cursor: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered list as CSV, every matching customer, streamed in the list’s order */
    get: {
      parameters: {
        query?: {
          /** @description Any word of the name (from its start, with or without diacritics), the email anywhere, or the shop’s exact userId. */
          query?: string;
          /** @description Lifecycle stage. */
          stage?: 'prospect' | 'new' | 'repeat' | 'loyal' | 'at_risk' | 'lapsed' | 'reactivated';
          /** @description RFM segment. */
          segment?:
            | 'Champions'
            | 'Loyal'
            | 'Potential Loyalist'
            | 'New'
            | 'Promising'
            | 'Need Attention'
            | 'About to Sleep'
            | 'At Risk'
            | "Can't Lose"
            | 'Hibernating'
            | 'Lost';
          /** @description A loyalty tier id: its current members. */
          tier?: string;
          /** @description Posted points at least this. */
          points_min?: number;
          /** @description Posted points at most this. */
          points_max?: number;
          /** @description RFM recency score (5: most recent). */
          recency_score?: number;
          /** @description RFM frequency score (5: most orders). */
          frequency_score?: number;
          /** @description First order in this month (its first day, the workspace’s calendar), as the cohort table counts. */
          cohort?: string;
          /** @description With cohort: ordered in this month too (a cell of the cohort table). */
          cohort_active?: string;
          /** @description `created`: when retain first knew the person. */
          sort?:
            'created' | 'name' | 'email' | 'points' | 'orders' | 'revenue' | 'clv' | 'p_alive' | 'last_order';
          direction?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example id,user_id,name,email,phone,stage,rfm_segment,tier_id,points,orders,net_revenue_minor,clv_12_months_minor,probability_alive,last_order_at,first_seen
             *     cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4,user_8841,Siriporn Wongsakul,siriporn.w@example.co.th,+66 81 234 5678,active,champions,tier_01JF3Q8W5ZK7M2N4P6R8T0V2X4,1250,3,3750000,2900000,0.91,2026-03-14T09:30:00.000Z,2025-11-02T08:15:00.000Z
             */
            'text/csv': string;
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer: profile, traits, identities, orders summary */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description `cus_…`, or the shop’s own userId. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Plus one summary per module under its name, e.g. `orders: {count, revenue_minor, …}`. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "customer",
             *       "id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "user_id": "user_8841",
             *       "email": "siriporn.w@example.co.th",
             *       "phone": "+66 81 234 5678",
             *       "name": "Siriporn Wongsakul",
             *       "first_name": "Siriporn",
             *       "last_name": "Wongsakul",
             *       "timezone": "Asia/Bangkok",
             *       "locale": "th-TH",
             *       "birthday": "1991-08-14",
             *       "traits": {
             *         "email": "siriporn.w@example.co.th",
             *         "first_name": "Siriporn",
             *         "last_name": "Wongsakul",
             *         "phone": "+66 81 234 5678",
             *         "birthday": "1991-08-14"
             *       },
             *       "first_seen": "2026-03-14T09:30:00.000Z",
             *       "last_seen": "2026-03-14T09:30:00.000Z",
             *       "erased_at": null,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "identities": {
             *         "userIds": [
             *           "user_8841"
             *         ],
             *         "anonymousIds": [
             *           "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48"
             *         ]
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'customer';
              id: string;
              /** @description The shop’s own id for the person (Segment userId). */
              user_id: string | null;
              email: string | null;
              phone: string | null;
              name: string | null;
              first_name: string | null;
              last_name: string | null;
              /** @description IANA time zone. */
              timezone: string | null;
              /** @description BCP 47 locale. */
              locale: string | null;
              /** @description YYYY-MM-DD. */
              birthday: string | null;
              /** @description Free-form traits, merged shallowly; newer events win per trait. */
              traits: {
                [key: string]: unknown;
              };
              first_seen: string;
              last_seen: string;
              erased_at: string | null;
              created: string;
              identities: {
                userIds: string[];
                anonymousIds: string[];
              };
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Erase the person’s personal data; keeps anonymous amounts. Idempotent. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description `cus_…`, or the shop’s own userId. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "customer_erasure",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "erased_at": "2026-03-14T09:30:00.000Z",
             *       "erased": {}
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'customer_erasure';
              customer: string;
              erased_at: string;
              /** @description What this call changed, per kind: 0 everywhere on a repeat. */
              erased: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's events, newest first, including those of merged anonymous ids */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          /** @description `cus_…`, or the shop’s own userId. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "event",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "message_id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "type": "event",
             *           "name": "Cà Phê Sài Gòn",
             *           "user_id": "user_8841",
             *           "anonymous_id": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
             *           "previous_id": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
             *           "properties": {
             *             "order_id": "VN-10428",
             *             "total": 1250000,
             *             "currency": "VND",
             *             "products": [
             *               {
             *                 "product_id": "SKU-CF-250",
             *                 "name": "Cà phê Robusta 250g",
             *                 "price": 250000,
             *                 "quantity": 5,
             *                 "category": "coffee & tea"
             *               }
             *             ]
             *           },
             *           "traits": {
             *             "email": "siriporn.w@example.co.th",
             *             "first_name": "Siriporn",
             *             "last_name": "Wongsakul",
             *             "phone": "+66 81 234 5678",
             *             "birthday": "1991-08-14"
             *           },
             *           "context": {
             *             "locale": "th-TH",
             *             "timezone": "Asia/Bangkok"
             *           },
             *           "occurred_at": "2026-03-14T09:30:00.000Z",
             *           "received_at": "2026-03-14T09:30:00.000Z",
             *           "source": "api"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'event';
                id: string;
                message_id: string;
                type: string;
                name: string | null;
                user_id: string | null;
                anonymous_id: string | null;
                previous_id: string | null;
                properties: {
                  [key: string]: unknown;
                };
                traits: {
                  [key: string]: unknown;
                };
                context: {
                  [key: string]: unknown;
                };
                occurred_at: string;
                received_at: string;
                source: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything held about the person (data access request) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description `cus_…`, or the shop’s own userId. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "customer_export",
             *       "generated_at": "2026-03-14T09:30:00.000Z",
             *       "customer": {
             *         "object": "customer",
             *         "id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "user_id": "user_8841",
             *         "email": "siriporn.w@example.co.th",
             *         "phone": "+66 81 234 5678",
             *         "name": "Siriporn Wongsakul",
             *         "first_name": "Siriporn",
             *         "last_name": "Wongsakul",
             *         "timezone": "Asia/Bangkok",
             *         "locale": "th-TH",
             *         "birthday": "1991-08-14",
             *         "traits": {
             *           "email": "siriporn.w@example.co.th",
             *           "first_name": "Siriporn",
             *           "last_name": "Wongsakul",
             *           "phone": "+66 81 234 5678",
             *           "birthday": "1991-08-14"
             *         },
             *         "first_seen": "2026-03-14T09:30:00.000Z",
             *         "last_seen": "2026-03-14T09:30:00.000Z",
             *         "erased_at": null,
             *         "created": "2026-03-14T09:30:00.000Z"
             *       },
             *       "identities": [
             *         {
             *           "type": "event",
             *           "value": "coffee & tea",
             *           "created": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "events": [
             *         {
             *           "object": "event",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "message_id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "type": "event",
             *           "name": "Cà Phê Sài Gòn",
             *           "user_id": "user_8841",
             *           "anonymous_id": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
             *           "previous_id": "5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48",
             *           "properties": {
             *             "order_id": "VN-10428",
             *             "total": 1250000,
             *             "currency": "VND",
             *             "products": [
             *               {
             *                 "product_id": "SKU-CF-250",
             *                 "name": "Cà phê Robusta 250g",
             *                 "price": 250000,
             *                 "quantity": 5,
             *                 "category": "coffee & tea"
             *               }
             *             ]
             *           },
             *           "traits": {
             *             "email": "siriporn.w@example.co.th",
             *             "first_name": "Siriporn",
             *             "last_name": "Wongsakul",
             *             "phone": "+66 81 234 5678",
             *             "birthday": "1991-08-14"
             *           },
             *           "context": {
             *             "locale": "th-TH",
             *             "timezone": "Asia/Bangkok"
             *           },
             *           "occurred_at": "2026-03-14T09:30:00.000Z",
             *           "received_at": "2026-03-14T09:30:00.000Z",
             *           "source": "api"
             *         }
             *       ],
             *       "events_truncated": false,
             *       "modules": {}
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'customer_export';
              generated_at: string;
              customer: {
                /** @enum {string} */
                object: 'customer';
                id: string;
                /** @description The shop’s own id for the person (Segment userId). */
                user_id: string | null;
                email: string | null;
                phone: string | null;
                name: string | null;
                first_name: string | null;
                last_name: string | null;
                /** @description IANA time zone. */
                timezone: string | null;
                /** @description BCP 47 locale. */
                locale: string | null;
                /** @description YYYY-MM-DD. */
                birthday: string | null;
                /** @description Free-form traits, merged shallowly; newer events win per trait. */
                traits: {
                  [key: string]: unknown;
                };
                first_seen: string;
                last_seen: string;
                erased_at: string | null;
                created: string;
              };
              identities: {
                type: string;
                value: string;
                created: string;
              }[];
              events: {
                /** @enum {string} */
                object: 'event';
                id: string;
                message_id: string;
                type: string;
                name: string | null;
                user_id: string | null;
                anonymous_id: string | null;
                previous_id: string | null;
                properties: {
                  [key: string]: unknown;
                };
                traits: {
                  [key: string]: unknown;
                };
                context: {
                  [key: string]: unknown;
                };
                occurred_at: string;
                received_at: string;
                source: string;
              }[];
              events_truncated: boolean;
              /** @description Each module’s data about the person, under its name. */
              modules: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List orders, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          /** @description `cus_…` or the shop’s userId. */
          customer?: string;
          status?: 'completed' | 'partially_refunded' | 'refunded';
          /** @description true: only orders in another currency than the workspace’s (kept, never converted). */
          currency_mismatch?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "order",
             *           "id": "ord_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "order_id": "VN-10428",
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "placed_at": "2026-03-14T09:30:00.000Z",
             *           "currency": "VND",
             *           "total_minor": 1250000,
             *           "subtotal_minor": 1250000,
             *           "discount_minor": 50000,
             *           "shipping_minor": 30000,
             *           "tax_minor": 92593,
             *           "refunded_minor": 0,
             *           "status": "completed",
             *           "currency_mismatch": false,
             *           "coupon": "TET2027-7KQ9",
             *           "properties": {
             *             "order_id": "VN-10428",
             *             "total": 1250000,
             *             "currency": "VND",
             *             "products": [
             *               {
             *                 "product_id": "SKU-CF-250",
             *                 "name": "Cà phê Robusta 250g",
             *                 "price": 250000,
             *                 "quantity": 5,
             *                 "category": "coffee & tea"
             *               }
             *             ]
             *           }
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'order';
                id: string;
                /** @description The shop’s order id. */
                order_id: string;
                customer: string;
                placed_at: string;
                currency: string;
                /** @description Integer minor units of `currency`. */
                total_minor: number;
                subtotal_minor: number | null;
                discount_minor: number | null;
                shipping_minor: number | null;
                tax_minor: number | null;
                refunded_minor: number;
                /** @enum {string} */
                status: 'completed' | 'partially_refunded' | 'refunded';
                /** @description In another currency than the workspace’s: kept, never converted. */
                currency_mismatch: boolean;
                coupon: string | null;
                properties: {
                  [key: string]: unknown;
                };
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order with its lines and refunds, by `ord_…` or the shop’s order_id */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "order",
             *       "id": "ord_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "order_id": "VN-10428",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "placed_at": "2026-03-14T09:30:00.000Z",
             *       "currency": "VND",
             *       "total_minor": 1250000,
             *       "subtotal_minor": 1250000,
             *       "discount_minor": 50000,
             *       "shipping_minor": 30000,
             *       "tax_minor": 92593,
             *       "refunded_minor": 0,
             *       "status": "completed",
             *       "currency_mismatch": false,
             *       "coupon": "TET2027-7KQ9",
             *       "properties": {
             *         "order_id": "VN-10428",
             *         "total": 1250000,
             *         "currency": "VND",
             *         "products": [
             *           {
             *             "product_id": "SKU-CF-250",
             *             "name": "Cà phê Robusta 250g",
             *             "price": 250000,
             *             "quantity": 5,
             *             "category": "coffee & tea"
             *           }
             *         ]
             *       },
             *       "lines": [
             *         {
             *           "id": "ord_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "product_id": "SKU-CF-250",
             *           "sku": "CF-ROBUSTA-250G",
             *           "name": "Cà Phê Sài Gòn",
             *           "category": "coffee & tea",
             *           "price_minor": 250000,
             *           "quantity": 2,
             *           "refunded_quantity": 3
             *         }
             *       ],
             *       "refunds": [
             *         {
             *           "id": "ord_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "amount_minor": 1250000,
             *           "requested_minor": 1250000,
             *           "reason": "Goodwill for a late delivery",
             *           "event": "Order Completed",
             *           "refunded_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'order';
              id: string;
              /** @description The shop’s order id. */
              order_id: string;
              customer: string;
              placed_at: string;
              currency: string;
              /** @description Integer minor units of `currency`. */
              total_minor: number;
              subtotal_minor: number | null;
              discount_minor: number | null;
              shipping_minor: number | null;
              tax_minor: number | null;
              refunded_minor: number;
              /** @enum {string} */
              status: 'completed' | 'partially_refunded' | 'refunded';
              /** @description In another currency than the workspace’s: kept, never converted. */
              currency_mismatch: boolean;
              coupon: string | null;
              properties: {
                [key: string]: unknown;
              };
              lines: {
                id: string;
                product_id: string | null;
                sku: string | null;
                name: string | null;
                category: string | null;
                price_minor: number;
                quantity: number;
                refunded_quantity: number;
              }[];
              refunds: {
                id: string;
                /** @description Applied: never past the order total. */
                amount_minor: number;
                requested_minor: number;
                reason: string | null;
                event: string;
                refunded_at: string;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's orders, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "order",
             *           "id": "ord_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "order_id": "VN-10428",
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "placed_at": "2026-03-14T09:30:00.000Z",
             *           "currency": "VND",
             *           "total_minor": 1250000,
             *           "subtotal_minor": 1250000,
             *           "discount_minor": 50000,
             *           "shipping_minor": 30000,
             *           "tax_minor": 92593,
             *           "refunded_minor": 0,
             *           "status": "completed",
             *           "currency_mismatch": false,
             *           "coupon": "TET2027-7KQ9",
             *           "properties": {
             *             "order_id": "VN-10428",
             *             "total": 1250000,
             *             "currency": "VND",
             *             "products": [
             *               {
             *                 "product_id": "SKU-CF-250",
             *                 "name": "Cà phê Robusta 250g",
             *                 "price": 250000,
             *                 "quantity": 5,
             *                 "category": "coffee & tea"
             *               }
             *             ]
             *           }
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'order';
                id: string;
                /** @description The shop’s order id. */
                order_id: string;
                customer: string;
                placed_at: string;
                currency: string;
                /** @description Integer minor units of `currency`. */
                total_minor: number;
                subtotal_minor: number | null;
                discount_minor: number | null;
                shipping_minor: number | null;
                tax_minor: number | null;
                refunded_minor: number;
                /** @enum {string} */
                status: 'completed' | 'partially_refunded' | 'refunded';
                /** @description In another currency than the workspace’s: kept, never converted. */
                currency_mismatch: boolean;
                coupon: string | null;
                properties: {
                  [key: string]: unknown;
                };
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/order_currency_mismatches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders in another currency than the workspace’s, counted per currency */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "currency_mismatch_report",
             *       "workspace_currency": "VND",
             *       "orders": 3,
             *       "by_currency": [
             *         {
             *           "currency": "VND",
             *           "orders": 3,
             *           "total_minor": 1250000
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'currency_mismatch_report';
              workspace_currency: string;
              orders: number;
              by_currency: {
                currency: string;
                orders: number;
                total_minor: number;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/order_rejections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Order events that could not be applied, with the reason (newest first) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "order_rejection",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "event_name": "Order Completed",
             *           "order_id": "VN-10428",
             *           "reason": "order_id_missing",
             *           "message": "batch[3].properties.total must be a number",
             *           "occurred_at": "2026-03-14T09:30:00.000Z",
             *           "resolved_at": null
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'order_rejection';
                /** @description The event’s id. */
                id: string;
                event_name: string;
                order_id: string | null;
                /** @enum {string} */
                reason:
                  | 'order_id_missing'
                  | 'currency_invalid'
                  | 'amount_invalid'
                  | 'total_missing'
                  | 'order_unknown'
                  | 'currency_differs'
                  | 'customer_missing';
                message: string;
                occurred_at: string;
                resolved_at: string | null;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * KPIs of a period, each with its definition and the previous period’s value
     * @description Dates and periods are local dates in the workspace time zone; the previous period is the period of the same length just before. Money is in integer minor units of the workspace currency. Net revenue = total − refunded; orders whose currency differs from the workspace currency (currency_mismatch) are excluded from every money figure and never converted.
     *
     *     - **customers** (customers): Customers who have placed at least one order by the end of the period.
     *     - **new_customers** (customers): Customers whose first order was placed in the period.
     *     - **active_customers** (customers): Customers who placed at least one order in the period.
     *     - **orders** (orders): Orders placed in the period (refunded ones included).
     *     - **revenue** (minor_units): Net revenue: Σ (total − refunded) of the orders placed in the period, in the workspace currency; orders in another currency are excluded.
     *     - **average_order_value** (minor_units): Net revenue ÷ orders in the workspace currency placed in the period.
     *     - **average_order_value_first** (minor_units): Average net value of the period's orders that were their customer's first order.
     *     - **average_order_value_repeat** (minor_units): Average net value of the period's orders placed by customers who had ordered before.
     *     - **repeat_purchase_rate** (ratio): Share of the orders placed in the period that were placed by customers who had ordered before.
     *     - **repeat_customer_rate** (ratio): Share of customers (with an order by the end of the period) who have placed at least 2 orders.
     *     - **customers_at_start** (customers): Customers at the start of the period: those who ordered in the period of the same length just before (the population retention and churn are shares of).
     *     - **retention_rate** (ratio): (Customers active at the end − new in the period) ÷ customers at the start, where customers at the start ordered in the previous period of the same length, customers active at the end ordered in the period, and new ones ordered in the period but not in the previous one (first-time buyers, and customers back after a longer silence): the share of the customers at the start who ordered again in the period.
     *     - **churn_rate** (ratio): 1 − retention rate: the share of the customers at the start (those who ordered in the previous period of the same length) who placed no order in the period.
     *     - **purchase_frequency** (orders_per_customer): Orders placed in the period ÷ active customers in the period.
     *     - **median_days_between_orders** (days): Median time, in days, between each of the period's orders and the same customer's previous order (first orders have none).
     *     - **historical_lifetime_value** (minor_units): Net revenue of all orders up to the end of the period ÷ customers with an order by then.
     *     - **pareto_share** (ratio): Share of net revenue up to the end of the period that came from the top 20% of customers by net revenue (the ⌈n/5⌉ highest).
     */
    get: {
      parameters: {
        query?: {
          /** @description First local date of the period (YYYY-MM-DD); default to − 29 days. */
          from?: string;
          /** @description Last local date of the period (YYYY-MM-DD), included; default the as_of date. */
          to?: string;
          /** @description ISO 8601 instant; orders after it are not seen. Default now. */
          as_of?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "analytics_summary",
             *       "from": "2026-03-14T09:30:00.000Z",
             *       "to": "2026-03-14T09:30:00.000Z",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "previous_period": {
             *         "from": "2026-03-14T09:30:00.000Z",
             *         "to": "2026-03-14T09:30:00.000Z"
             *       },
             *       "timezone": "Asia/Ho_Chi_Minh",
             *       "currency": "VND",
             *       "kpis": {
             *         "customers": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "new_customers": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "active_customers": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "orders": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "revenue": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "average_order_value": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "average_order_value_first": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "average_order_value_repeat": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "repeat_purchase_rate": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "repeat_customer_rate": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "customers_at_start": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "retention_rate": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "churn_rate": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "purchase_frequency": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "median_days_between_orders": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "historical_lifetime_value": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         },
             *         "pareto_share": {
             *           "value": 3,
             *           "previous": 3,
             *           "unit": "customers",
             *           "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *         }
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'analytics_summary';
              from: string;
              to: string;
              as_of: string;
              previous_period: {
                from: string;
                to: string;
              };
              timezone: string;
              currency: string;
              kpis: {
                /** @description Customers who have placed at least one order by the end of the period. */
                customers: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Customers whose first order was placed in the period. */
                new_customers: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Customers who placed at least one order in the period. */
                active_customers: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Orders placed in the period (refunded ones included). */
                orders: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Net revenue: Σ (total − refunded) of the orders placed in the period, in the workspace currency; orders in another currency are excluded. */
                revenue: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Net revenue ÷ orders in the workspace currency placed in the period. */
                average_order_value: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Average net value of the period's orders that were their customer's first order. */
                average_order_value_first: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Average net value of the period's orders placed by customers who had ordered before. */
                average_order_value_repeat: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Share of the orders placed in the period that were placed by customers who had ordered before. */
                repeat_purchase_rate: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Share of customers (with an order by the end of the period) who have placed at least 2 orders. */
                repeat_customer_rate: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Customers at the start of the period: those who ordered in the period of the same length just before (the population retention and churn are shares of). */
                customers_at_start: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description (Customers active at the end − new in the period) ÷ customers at the start, where customers at the start ordered in the previous period of the same length, customers active at the end ordered in the period, and new ones ordered in the period but not in the previous one (first-time buyers, and customers back after a longer silence): the share of the customers at the start who ordered again in the period. */
                retention_rate: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description 1 − retention rate: the share of the customers at the start (those who ordered in the previous period of the same length) who placed no order in the period. */
                churn_rate: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Orders placed in the period ÷ active customers in the period. */
                purchase_frequency: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Median time, in days, between each of the period's orders and the same customer's previous order (first orders have none). */
                median_days_between_orders: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Net revenue of all orders up to the end of the period ÷ customers with an order by then. */
                historical_lifetime_value: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
                /** @description Share of net revenue up to the end of the period that came from the top 20% of customers by net revenue (the ⌈n/5⌉ highest). */
                pareto_share: {
                  /** @description This period; null when the formula divides by zero. */
                  value: number | null;
                  /** @description The previous period of the same length. */
                  previous: number | null;
                  unit: string;
                  definition: string;
                };
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/pareto': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pareto curve: cumulative revenue share against the share of customers ranked by revenue
     * @description Customers who ordered in the period, ranked by their net revenue in it (total − refunded), highest first: at each share s of them, the share of the period’s net revenue that the ⌈s·n⌉ highest brought. Customers who ordered in the period count even when their net revenue is 0 (refunded, or in another currency). top_20_percent: Share of the period’s net revenue from the top 20% of its customers (the ⌈n/5⌉ highest). Money is in integer minor units of the workspace currency. Net revenue = total − refunded; orders whose currency differs from the workspace currency (currency_mismatch) are excluded from every money figure and never converted.
     */
    get: {
      parameters: {
        query?: {
          /** @description First local date of the period (YYYY-MM-DD); default to − 364 days. */
          from?: string;
          /** @description Last local date of the period (YYYY-MM-DD), included; default the as_of date. */
          to?: string;
          /** @description ISO 8601 instant; orders after it are not seen. Default now. */
          as_of?: string;
          /** @description Points on the curve, evenly spaced by customer share. */
          points?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "pareto_curve",
             *       "from": "2026-03-14T09:30:00.000Z",
             *       "to": "2026-03-14T09:30:00.000Z",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "timezone": "Asia/Ho_Chi_Minh",
             *       "currency": "VND",
             *       "definition": "Share of the customers at the start still buying at the end, new customers not counted.",
             *       "customers": 2426,
             *       "revenue_minor": 1250000,
             *       "top_20_percent": {
             *         "customers": 2426,
             *         "revenue_minor": 1250000,
             *         "revenue_share": 0.35,
             *         "definition": "Share of the customers at the start still buying at the end, new customers not counted."
             *       },
             *       "curve": [
             *         {
             *           "customer_share": 0.35,
             *           "customers": 2426,
             *           "revenue_minor": 1250000,
             *           "revenue_share": 0.35
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'pareto_curve';
              from: string;
              to: string;
              as_of: string;
              timezone: string;
              currency: string;
              definition: string;
              /** @description n: customers who ordered in the period. */
              customers: number;
              /** @description Σ net revenue of the period’s orders. */
              revenue_minor: number;
              top_20_percent: {
                /** @description The ⌈s·n⌉ highest-spending customers. */
                customers: number;
                /** @description Their net revenue in the period. */
                revenue_minor: number;
                /** @description Their share of the period’s net revenue; null when that revenue is 0. */
                revenue_share: number | null;
                definition: string;
              };
              /** @description Evenly spaced by customer share; empty when no customer ordered in the period. */
              curve: {
                /** @description s = k / points, k = 1..points. */
                customer_share: number;
                /** @description The ⌈s·n⌉ highest-spending customers. */
                customers: number;
                /** @description Their net revenue in the period. */
                revenue_minor: number;
                /** @description Their share of the period’s net revenue; null when that revenue is 0. */
                revenue_share: number | null;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/clv-distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Histogram of the predicted 12-month CLV per customer, with its median, p90 and p99
     * @description Customers by their predicted 12-month CLV (BG/NBD + Gamma-Gamma, discounted monthly), as stored by the last recompute and kept fresh as orders arrive; each customer’s value rounded to whole minor units. Bins are equal and end just above the 99th percentile; the last bin holds everyone above. Bin width = the smallest 1, 2, 2.5 or 5 × 10^k minor units with (bins − 1) × width > the 99th percentile; bins 1..bins−1 are [from_minor, to_minor), the last is [from_minor, ∞). Quantiles are percentile_cont (linear between neighbours). When no model has been fitted, or no customer has a stored prediction, the answer is empty and `empty` says why. Money is in integer minor units of the workspace currency.
     */
    get: {
      parameters: {
        query?: {
          /** @description Bins, the last one open-ended above the 99th percentile. */
          bins?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "clv_distribution",
             *       "model_id": "mdl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "currency": "VND",
             *       "definition": "Share of the customers at the start still buying at the end, new customers not counted.",
             *       "customers": 2426,
             *       "customers_without_prediction": 3,
             *       "value_minor": 50000,
             *       "max_minor": 1250000,
             *       "quantiles": {
             *         "median_minor": 1250000,
             *         "p90_minor": 1250000,
             *         "p99_minor": 1250000
             *       },
             *       "bin_width_minor": 250000,
             *       "bins": [
             *         {
             *           "from_minor": 1250000,
             *           "to_minor": 1250000,
             *           "customers": 2426,
             *           "value_minor": 50000
             *         }
             *       ],
             *       "empty": {
             *         "reason": "model_not_fitted",
             *         "message": "batch[3].properties.total must be a number"
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'clv_distribution';
              /** @description The current model (the latest successful fit). */
              model_id: string | null;
              /** @description The current model’s observation end. */
              as_of: string | null;
              currency: string;
              definition: string;
              /** @description Customers with a stored 12-month CLV. */
              customers: number;
              /** @description Scored customers the model gave no CLV (no Gamma-Gamma model, or scored before any fit). */
              customers_without_prediction: number;
              /** @description Σ 12-month CLV. */
              value_minor: number;
              max_minor: number | null;
              quantiles: {
                median_minor: number;
                p90_minor: number;
                p99_minor: number;
              } | null;
              bin_width_minor: number | null;
              bins: {
                from_minor: number;
                /** @description Exclusive; null for the open-ended last bin. */
                to_minor: number | null;
                customers: number;
                /** @description Σ 12-month CLV of the bin’s customers. */
                value_minor: number;
              }[];
              empty: {
                /** @enum {string} */
                reason: 'model_not_fitted' | 'no_predictions';
                message: string;
              } | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cohorts by first-order month or week: returning share or revenue per member
     * @description Cohort = customers whose first order fell in the same calendar month (or ISO week, Monday first) in the workspace time zone. customers metric: cell k = members of the cohort who ordered in the k-th period after their first ÷ cohort size (k = 0 is always 1). revenue metric: cell k = net revenue (total − refunded, workspace currency only) of the cohort’s orders in the k-th period after their first ÷ cohort size, in minor units. Money is in integer minor units of the workspace currency. Net revenue = total − refunded; orders whose currency differs from the workspace currency (currency_mismatch) are excluded from every money figure and never converted.
     */
    get: {
      parameters: {
        query?: {
          period?: 'month' | 'week';
          metric?: 'customers' | 'revenue';
          /** @description Most recent cohorts shown. */
          periods?: number;
          as_of?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "cohort_table",
             *       "period": "month",
             *       "metric": "customers",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "timezone": "Asia/Ho_Chi_Minh",
             *       "definition": "Share of the customers at the start still buying at the end, new customers not counted.",
             *       "cohorts": [
             *         {
             *           "cohort": "2026-03",
             *           "size": 100,
             *           "cells": [
             *             3
             *           ],
             *           "active_customers": [
             *             3
             *           ],
             *           "revenue_minor": [
             *             1250000
             *           ]
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'cohort_table';
              /** @enum {string} */
              period: 'month' | 'week';
              /** @enum {string} */
              metric: 'customers' | 'revenue';
              as_of: string;
              timezone: string;
              definition: string;
              cohorts: {
                /** @description First local date of the cohort period. */
                cohort: string;
                /** @description Customers whose first order fell in the cohort period. */
                size: number;
                /** @description cells[k] per the metric: active_customers[k] ÷ size, or revenue_minor[k] ÷ size. */
                cells: number[];
                /** @description Members who ordered in the k-th period after their first. */
                active_customers: number[];
                /** @description Net revenue of members’ orders in the k-th period after their first. */
                revenue_minor: number[];
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/rfm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * RFM: quintile scoring, segment sizes and revenue, R×F grid
     * @description Each customer with an order gets R, F and M scores 1–5: score = 1 + ⌊5 × (customers strictly worse) ÷ customers⌋, where worse means more days since the last order (R, reversed), fewer orders (F), or less net revenue, total − refunded (M). A value scores at least s when it is strictly above breakpoint s−1 (breakpoints are the k-th worst values, k = ⌈(s−1)·n/5⌉; recency breakpoints in days, a value scores at least s when it is strictly below). Segments come from the R×F grid. Scores come from the last full recompute (nightly, `retain recompute` or POST /v1/analytics/recompute); a new order rescores its customer against the stored breakpoints at once. Segments (first match on the R×F grid):
     *     - **Champions**: R = 5 and F 4–5: bought very recently and often.
     *     - **Loyal**: R 3–4 and F 4–5: buy often, fairly recently.
     *     - **Potential Loyalist**: R 4–5 and F 2–3: recent customers with a few orders.
     *     - **New**: R = 5 and F = 1: bought for the first time very recently.
     *     - **Promising**: R = 4 and F = 1: recent first-time buyers.
     *     - **Need Attention**: R = 3 and F = 3: average recency and frequency.
     *     - **About to Sleep**: R = 3 and F 1–2: few orders, not recently.
     *     - **At Risk**: R 1–2 and F 3–4: used to buy often, long ago.
     *     - **Can't Lose**: R 1–2 and F = 5: the most frequent buyers, gone quiet.
     *     - **Hibernating**: R = 2 and F 1–2: few orders, long ago.
     *     - **Lost**: R = 1 and F 1–2: fewest orders, longest ago.
     *     Money is in integer minor units of the workspace currency. Net revenue = total − refunded; orders whose currency differs from the workspace currency (currency_mismatch) are excluded from every money figure and never converted.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "rfm_report",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "customers": 2426,
             *       "scoring": "nightly",
             *       "breakpoints": {
             *         "recency_days": [
             *           3
             *         ],
             *         "orders": [
             *           3
             *         ],
             *         "net_revenue_minor": [
             *           1250000
             *         ]
             *       },
             *       "segments": [
             *         {
             *           "segment": "Champions",
             *           "rule": "ern_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "customers": 2426,
             *           "revenue_minor": 1250000
             *         }
             *       ],
             *       "grid": [
             *         [
             *           3
             *         ]
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'rfm_report';
              /** @description The last full recompute; null before the first. */
              as_of: string | null;
              /** @description Scored customers (at least one order). */
              customers: number;
              scoring: string;
              breakpoints: {
                /** @description R ≥ s when days since the last order < recency_days[s−2]. */
                recency_days: number[];
                /** @description F ≥ s when orders > orders[s−2]. */
                orders: number[];
                /** @description M ≥ s when net revenue > net_revenue_minor[s−2]. */
                net_revenue_minor: number[];
              } | null;
              segments: {
                /** @enum {string} */
                segment:
                  | 'Champions'
                  | 'Loyal'
                  | 'Potential Loyalist'
                  | 'New'
                  | 'Promising'
                  | 'Need Attention'
                  | 'About to Sleep'
                  | 'At Risk'
                  | "Can't Lose"
                  | 'Hibernating'
                  | 'Lost';
                rule: string;
                customers: number;
                /** @description Σ net revenue (total − refunded) of the segment’s customers, all time. */
                revenue_minor: number;
              }[];
              /** @description grid[r−1][f−1] = customers with recency score r and frequency score f. */
              grid: number[][];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/customer_scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customers’ scores (RFM, stage, predictions), optionally of one segment or stage
     * @description Customers’ stored scores, kept fresh by the order consumer and rewritten by every full recompute.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          segment?: string;
          stage?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "customer_scores",
             *           "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "stage": "at_risk",
             *           "rfm": {
             *             "recency_days": 30,
             *             "r": 0.25,
             *             "f": 3,
             *             "m": 3,
             *             "segment": "champions"
             *           },
             *           "orders": 3,
             *           "purchase_days": 30,
             *           "net_revenue_minor": 1250000,
             *           "first_order_at": "2026-03-14T09:30:00.000Z",
             *           "last_order_at": "2026-03-14T09:30:00.000Z",
             *           "prediction_state": "predicted",
             *           "probability_alive": 0.35,
             *           "expected_purchases": {
             *             "days_30": 30,
             *             "days_90": 30,
             *             "days_365": 30
             *           },
             *           "expected_order_value_minor": 1250000,
             *           "clv_12_months_minor": 1250000,
             *           "expected_days_between_orders": 30,
             *           "as_of": "2026-03-14T09:30:00.000Z",
             *           "updated": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'customer_scores';
                customer_id: string;
                /** @description Lifecycle stage (see GET /v1/analytics/lifecycle for the rules). */
                stage: string;
                rfm: {
                  /** @description Local days from the last order day to the as-of day. */
                  recency_days: number | null;
                  r: number | null;
                  f: number | null;
                  m: number | null;
                  segment: string | null;
                };
                orders: number;
                /** @description Distinct local days with an order. */
                purchase_days: number;
                /** @description Σ (total − refunded), workspace currency only. */
                net_revenue_minor: number;
                first_order_at: string | null;
                last_order_at: string | null;
                /**
                 * @description not_enough_history: no order up to the current model’s as_of, as GET /v1/customers/{id}/predictions says; the predictions below are then null.
                 * @enum {string}
                 */
                prediction_state: 'predicted' | 'not_enough_history' | 'model_not_fitted';
                /** @description BG/NBD P(alive | x, t_x, T) with the current model. */
                probability_alive: number | null;
                expected_purchases: {
                  days_30: number | null;
                  days_90: number | null;
                  days_365: number | null;
                };
                expected_order_value_minor: number | null;
                clv_12_months_minor: number | null;
                /** @description (α + t_x)/(r + x) in days with a model; t_x/x (or one_order_gap_days) without. */
                expected_days_between_orders: number | null;
                as_of: string;
                updated: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/models/clv/fit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fit BG/NBD + Gamma-Gamma (inline for small data, a durable job for large)
     * @description BG/NBD (Fader, Hardie & Lee 2005) for repeat purchasing: while alive a customer buys at rate λ ~ Gamma(r, α) and after each purchase drops out with probability p ~ Beta(a, b); Gamma-Gamma (Fader & Hardie 2013) for spend: order values ~ Gamma(p, ν), ν ~ Gamma(q, γ). Both fitted by maximum likelihood on every customer with an order up to as_of: x = repeat purchase days (distinct local days after the first), t_x = first to last purchase day, T = first purchase day to as_of, in the stated time_unit (α is in that unit; γ in minor units). Gamma-Gamma uses customers with x ≥ 1 and the mean net value of their repeat purchase days. log_likelihood is the unpenalized total log-likelihood (FHL 2005 eq. 6; FH 2013 eq. 3). A fit answers 200 when done (small workspaces are fitted inline) or 202 while queued/running: poll GET /v1/analytics/models/clv/fits/{id}. The same inputs while a fit of them is pending join it.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /** @example {} */
          'application/json': {
            /** @description Observation end (ISO 8601); default now. */
            as_of?: string;
            /**
             * @description Default: the time_unit setting (week).
             * @enum {string}
             */
            time_unit?: 'week' | 'day';
            /** @description L2 penalty; default the penalizer setting (0). */
            penalizer?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "clv_model",
             *       "id": "mdl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "status": "queued",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "time_unit": "week",
             *       "penalizer": 0,
             *       "bgnbd": {
             *         "r": 0.25,
             *         "alpha": 4,
             *         "a": 0.8,
             *         "b": 2.5,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma": {
             *         "p": 6,
             *         "q": 4,
             *         "gamma": 1500,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma_error": null,
             *       "error": null,
             *       "fit_ms": 412,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "started": "2026-03-14T09:30:00.000Z",
             *       "finished": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'clv_model';
              id: string;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description Observation end of the fit. */
              as_of: string;
              /** @enum {string} */
              time_unit: 'week' | 'day';
              penalizer: number;
              bgnbd: {
                r: number;
                /** @description In time_unit. */
                alpha: number;
                a: number;
                b: number;
                log_likelihood: number;
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma: {
                p: number;
                q: number;
                /** @description In minor units. */
                gamma: number;
                log_likelihood: number;
                /** @description Customers with x ≥ 1 and a positive mean repeat value. */
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma_error: string | null;
              error: string | null;
              /** @description Time spent maximizing the likelihoods. */
              fit_ms: number | null;
              created: string;
              started: string | null;
              finished: string | null;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "clv_model",
             *       "id": "mdl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "status": "queued",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "time_unit": "week",
             *       "penalizer": 0,
             *       "bgnbd": {
             *         "r": 0.25,
             *         "alpha": 4,
             *         "a": 0.8,
             *         "b": 2.5,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma": {
             *         "p": 6,
             *         "q": 4,
             *         "gamma": 1500,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma_error": null,
             *       "error": null,
             *       "fit_ms": 412,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "started": "2026-03-14T09:30:00.000Z",
             *       "finished": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'clv_model';
              id: string;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description Observation end of the fit. */
              as_of: string;
              /** @enum {string} */
              time_unit: 'week' | 'day';
              penalizer: number;
              bgnbd: {
                r: number;
                /** @description In time_unit. */
                alpha: number;
                a: number;
                b: number;
                log_likelihood: number;
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma: {
                p: number;
                q: number;
                /** @description In minor units. */
                gamma: number;
                log_likelihood: number;
                /** @description Customers with x ≥ 1 and a positive mean repeat value. */
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma_error: string | null;
              error: string | null;
              /** @description Time spent maximizing the likelihoods. */
              fit_ms: number | null;
              created: string;
              started: string | null;
              finished: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/models/clv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current CLV model: parameters, log-likelihoods, customers used
     * @description BG/NBD (Fader, Hardie & Lee 2005) for repeat purchasing: while alive a customer buys at rate λ ~ Gamma(r, α) and after each purchase drops out with probability p ~ Beta(a, b); Gamma-Gamma (Fader & Hardie 2013) for spend: order values ~ Gamma(p, ν), ν ~ Gamma(q, γ). Both fitted by maximum likelihood on every customer with an order up to as_of: x = repeat purchase days (distinct local days after the first), t_x = first to last purchase day, T = first purchase day to as_of, in the stated time_unit (α is in that unit; γ in minor units). Gamma-Gamma uses customers with x ≥ 1 and the mean net value of their repeat purchase days. log_likelihood is the unpenalized total log-likelihood (FHL 2005 eq. 6; FH 2013 eq. 3). A fit answers 200 when done (small workspaces are fitted inline) or 202 while queued/running: poll GET /v1/analytics/models/clv/fits/{id}. The same inputs while a fit of them is pending join it.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "clv_model",
             *       "id": "mdl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "status": "queued",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "time_unit": "week",
             *       "penalizer": 0,
             *       "bgnbd": {
             *         "r": 0.25,
             *         "alpha": 4,
             *         "a": 0.8,
             *         "b": 2.5,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma": {
             *         "p": 6,
             *         "q": 4,
             *         "gamma": 1500,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma_error": null,
             *       "error": null,
             *       "fit_ms": 412,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "started": "2026-03-14T09:30:00.000Z",
             *       "finished": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'clv_model';
              id: string;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description Observation end of the fit. */
              as_of: string;
              /** @enum {string} */
              time_unit: 'week' | 'day';
              penalizer: number;
              bgnbd: {
                r: number;
                /** @description In time_unit. */
                alpha: number;
                a: number;
                b: number;
                log_likelihood: number;
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma: {
                p: number;
                q: number;
                /** @description In minor units. */
                gamma: number;
                log_likelihood: number;
                /** @description Customers with x ≥ 1 and a positive mean repeat value. */
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma_error: string | null;
              error: string | null;
              /** @description Time spent maximizing the likelihoods. */
              fit_ms: number | null;
              created: string;
              started: string | null;
              finished: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/models/clv/fits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One fit (job) by id, with its status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "clv_model",
             *       "id": "mdl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "status": "queued",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "time_unit": "week",
             *       "penalizer": 0,
             *       "bgnbd": {
             *         "r": 0.25,
             *         "alpha": 4,
             *         "a": 0.8,
             *         "b": 2.5,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma": {
             *         "p": 6,
             *         "q": 4,
             *         "gamma": 1500,
             *         "log_likelihood": -9582.4,
             *         "customers": 2426,
             *         "converged": true
             *       },
             *       "gamma_gamma_error": null,
             *       "error": null,
             *       "fit_ms": 412,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "started": "2026-03-14T09:30:00.000Z",
             *       "finished": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'clv_model';
              id: string;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description Observation end of the fit. */
              as_of: string;
              /** @enum {string} */
              time_unit: 'week' | 'day';
              penalizer: number;
              bgnbd: {
                r: number;
                /** @description In time_unit. */
                alpha: number;
                a: number;
                b: number;
                log_likelihood: number;
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma: {
                p: number;
                q: number;
                /** @description In minor units. */
                gamma: number;
                log_likelihood: number;
                /** @description Customers with x ≥ 1 and a positive mean repeat value. */
                customers: number;
                converged: boolean;
              } | null;
              gamma_gamma_error: string | null;
              error: string | null;
              /** @description Time spent maximizing the likelihoods. */
              fit_ms: number | null;
              created: string;
              started: string | null;
              finished: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/predictions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * P(alive), expected purchases, expected order value, 12-month CLV, next order date
     * @description From the customer’s history up to the current model’s as_of (x, t_x, T in its time unit):
     *     - **probability_alive** = 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)) (FHL 2008 note).
     *     - **expected_purchases.days_n** = E[Y(t) | x, t_x, T] with t = n days (FHL 2005 eq. 10).
     *     - **expected_order_value_minor** = (q − 1)/(p·x + q − 1) · pγ/(q − 1) + p·x/(p·x + q − 1) · m̄, m̄ the mean repeat-day value (Fader & Hardie 2013 eq. 5; the population mean pγ/(q − 1) when x = 0).
     *     - **clv_12_months_minor** = Σ_{m=1..12} E[M] · (E[Y(m·f)] − E[Y((m−1)·f)]) / (1 + d)^m, f = a month (4.345 weeks or 30 days), d = monthly_discount_rate.
     *     - **expected_next_order_at** = as_of + the median wait to the next purchase if alive, (α + T)·(2^(1/(r + x)) − 1); probability_alive is the chance it happens at all.
     *
     *     state is `predicted`, or `not_enough_history` (no other field but the model’s) for a customer with no order up to the model’s as_of.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own customer id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "customer_predictions",
             *       "state": "predicted",
             *       "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "model_id": "mdl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "time_unit": "week",
             *       "history": {
             *         "orders": 3,
             *         "frequency": 3,
             *         "recency": 3,
             *         "T": 3,
             *         "mean_repeat_order_value_minor": 1250000
             *       },
             *       "probability_alive": 0.35,
             *       "expected_purchases": {
             *         "days_30": 30,
             *         "days_90": 30,
             *         "days_365": 30
             *       },
             *       "expected_order_value_minor": 1250000,
             *       "clv_12_months_minor": 1250000,
             *       "clv_horizon_months": 12,
             *       "monthly_discount_rate": 0.01,
             *       "expected_next_order_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json':
              | {
                  /** @enum {string} */
                  object: 'customer_predictions';
                  /** @enum {string} */
                  state: 'predicted';
                  customer_id: string;
                  model_id: string;
                  as_of: string;
                  /** @enum {string} */
                  time_unit: 'week' | 'day';
                  history: {
                    orders: number;
                    /** @description x: repeat purchase days. */
                    frequency: number;
                    /** @description t_x in time_unit. */
                    recency: number;
                    /** @description T in time_unit. */
                    T: number;
                    mean_repeat_order_value_minor: number;
                  };
                  probability_alive: number;
                  expected_purchases: {
                    days_30: number;
                    days_90: number;
                    days_365: number;
                  };
                  expected_order_value_minor: number | null;
                  clv_12_months_minor: number | null;
                  clv_horizon_months: number;
                  monthly_discount_rate: number;
                  expected_next_order_at: string;
                }
              | {
                  /** @enum {string} */
                  object: 'customer_predictions';
                  /** @enum {string} */
                  state: 'not_enough_history';
                  customer_id: string;
                  model_id: string;
                  as_of: string;
                };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lifecycle stages: counts now and over time, flows between stages
     * @description Each known customer has exactly one stage; rules, first match wins (thresholds are workspace settings, GET /v1/analytics/settings):
     *     - **prospect**: Known customer without any order.
     *     - **new**: Exactly one order, and not overdue.
     *     - **repeat**: Two or more orders (fewer than loyal_min_orders), and not overdue.
     *     - **loyal**: At least loyal_min_orders orders, and not overdue.
     *     - **at_risk**: Days since the last order > at_risk_gap_factor × the customer’s expected days between orders, or P(alive) < at_risk_p_alive.
     *     - **lapsed**: Days since the last order > lapsed_gap_factor × the customer’s expected days between orders, or P(alive) < lapsed_p_alive.
     *     - **reactivated**: Ordered again after a silence longer than lapsed_gap_factor × the days between orders expected before it; until the next order or until overdue again.
     *     now: customers per stage now; over_time: each customer’s latest recorded stage at each period end (prospects not included); flows: stage changes recorded in [from, to]. Stages change when an order arrives and at each full recompute (nightly).
     */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          period?: 'month' | 'week' | 'day';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "lifecycle_report",
             *       "from": "2026-03-14T09:30:00.000Z",
             *       "to": "2026-03-14T09:30:00.000Z",
             *       "period": "month",
             *       "timezone": "Asia/Ho_Chi_Minh",
             *       "stages": [
             *         {
             *           "stage": "prospect",
             *           "rule": "ern_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *         }
             *       ],
             *       "now": {
             *         "prospect": 3,
             *         "new": 3,
             *         "repeat": 3,
             *         "loyal": 3,
             *         "at_risk": 3,
             *         "lapsed": 3,
             *         "reactivated": 3
             *       },
             *       "over_time": [
             *         {
             *           "period_end": "2026-03-14T09:30:00.000Z",
             *           "counts": {
             *             "prospect": 3,
             *             "new": 3,
             *             "repeat": 3,
             *             "loyal": 3,
             *             "at_risk": 3,
             *             "lapsed": 3,
             *             "reactivated": 3
             *           }
             *         }
             *       ],
             *       "flows": [
             *         {
             *           "from_stage": "active",
             *           "to_stage": "at_risk",
             *           "customers": 2426
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'lifecycle_report';
              from: string;
              to: string;
              /** @enum {string} */
              period: 'month' | 'week' | 'day';
              timezone: string;
              stages: {
                /** @enum {string} */
                stage: 'prospect' | 'new' | 'repeat' | 'loyal' | 'at_risk' | 'lapsed' | 'reactivated';
                rule: string;
              }[];
              now: {
                prospect: number;
                new: number;
                repeat: number;
                loyal: number;
                at_risk: number;
                lapsed: number;
                reactivated: number;
              };
              over_time: {
                /** @description Exclusive local date. */
                period_end: string;
                counts: {
                  prospect: number;
                  new: number;
                  repeat: number;
                  loyal: number;
                  at_risk: number;
                  lapsed: number;
                  reactivated: number;
                };
              }[];
              flows: {
                from_stage: string;
                to_stage: string;
                customers: number;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lifecycle thresholds and model settings, with defaults and meaning */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "analytics_settings",
             *       "values": {
             *         "at_risk_gap_factor": 2,
             *         "lapsed_gap_factor": 3,
             *         "at_risk_p_alive": 0.5,
             *         "lapsed_p_alive": 0.2,
             *         "loyal_min_orders": 3,
             *         "one_order_gap_days": 30,
             *         "monthly_discount_rate": 0.01,
             *         "time_unit": "week",
             *         "penalizer": 0,
             *         "nightly_recompute_hour": 3
             *       },
             *       "defaults": {
             *         "at_risk_gap_factor": 2,
             *         "lapsed_gap_factor": 3,
             *         "at_risk_p_alive": 0.5,
             *         "lapsed_p_alive": 0.2,
             *         "loyal_min_orders": 3,
             *         "one_order_gap_days": 30,
             *         "monthly_discount_rate": 0.01,
             *         "time_unit": "week",
             *         "penalizer": 0,
             *         "nightly_recompute_hour": 3
             *       },
             *       "meaning": {}
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'analytics_settings';
              values: {
                /** @description A customer is at risk when the days since their last order exceed this many times their own expected days between orders. Default 1.5. */
                at_risk_gap_factor: number;
                /** @description A customer is lapsed when the days since their last order exceed this many times their own expected days between orders (must be above at_risk_gap_factor). Default 3. */
                lapsed_gap_factor: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is at risk whatever the day count. Default 0.5. */
                at_risk_p_alive: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is lapsed (must be below at_risk_p_alive). Default 0.2. */
                lapsed_p_alive: number;
                /** @description A customer with at least this many orders (and not overdue) is loyal. Default 4. */
                loyal_min_orders: number;
                /** @description Expected days between orders for a customer with a single purchase day while no model is fitted (with a model, the population rhythm α/r is used). Default 90. */
                one_order_gap_days: number;
                /** @description Discount rate per month in the 12-month CLV: month m is divided by (1 + rate)^m. Default 0.01. */
                monthly_discount_rate: number;
                /**
                 * @description Time unit of the BG/NBD fit ('week' or 'day'); the fitted α is in this unit. Default week.
                 * @enum {string}
                 */
                time_unit: 'week' | 'day';
                /** @description L2 penalty on the model parameters (0 = plain maximum likelihood). Default 0. */
                penalizer: number;
                /** @description Hour of the day (0–23, workspace time zone) of the nightly refit and recompute of every customer. Default 3. */
                nightly_recompute_hour: number;
              };
              defaults: {
                /** @description A customer is at risk when the days since their last order exceed this many times their own expected days between orders. Default 1.5. */
                at_risk_gap_factor: number;
                /** @description A customer is lapsed when the days since their last order exceed this many times their own expected days between orders (must be above at_risk_gap_factor). Default 3. */
                lapsed_gap_factor: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is at risk whatever the day count. Default 0.5. */
                at_risk_p_alive: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is lapsed (must be below at_risk_p_alive). Default 0.2. */
                lapsed_p_alive: number;
                /** @description A customer with at least this many orders (and not overdue) is loyal. Default 4. */
                loyal_min_orders: number;
                /** @description Expected days between orders for a customer with a single purchase day while no model is fitted (with a model, the population rhythm α/r is used). Default 90. */
                one_order_gap_days: number;
                /** @description Discount rate per month in the 12-month CLV: month m is divided by (1 + rate)^m. Default 0.01. */
                monthly_discount_rate: number;
                /**
                 * @description Time unit of the BG/NBD fit ('week' or 'day'); the fitted α is in this unit. Default week.
                 * @enum {string}
                 */
                time_unit: 'week' | 'day';
                /** @description L2 penalty on the model parameters (0 = plain maximum likelihood). Default 0. */
                penalizer: number;
                /** @description Hour of the day (0–23, workspace time zone) of the nightly refit and recompute of every customer. Default 3. */
                nightly_recompute_hour: number;
              };
              meaning: {
                [key: string]: string;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Change analytics settings (fields left out keep their value) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "at_risk_gap_factor": 2,
           *       "lapsed_gap_factor": 3,
           *       "at_risk_p_alive": 0.5,
           *       "lapsed_p_alive": 0.2,
           *       "loyal_min_orders": 3,
           *       "one_order_gap_days": 30,
           *       "monthly_discount_rate": 0.01,
           *       "time_unit": "week",
           *       "penalizer": 0,
           *       "nightly_recompute_hour": 3
           *     }
           */
          'application/json': {
            /** @description A customer is at risk when the days since their last order exceed this many times their own expected days between orders. Default 1.5. */
            at_risk_gap_factor?: number;
            /** @description A customer is lapsed when the days since their last order exceed this many times their own expected days between orders (must be above at_risk_gap_factor). Default 3. */
            lapsed_gap_factor?: number;
            /** @description With a fitted model, a customer whose P(alive) is below this is at risk whatever the day count. Default 0.5. */
            at_risk_p_alive?: number;
            /** @description With a fitted model, a customer whose P(alive) is below this is lapsed (must be below at_risk_p_alive). Default 0.2. */
            lapsed_p_alive?: number;
            /** @description A customer with at least this many orders (and not overdue) is loyal. Default 4. */
            loyal_min_orders?: number;
            /** @description Expected days between orders for a customer with a single purchase day while no model is fitted (with a model, the population rhythm α/r is used). Default 90. */
            one_order_gap_days?: number;
            /** @description Discount rate per month in the 12-month CLV: month m is divided by (1 + rate)^m. Default 0.01. */
            monthly_discount_rate?: number;
            /**
             * @description Time unit of the BG/NBD fit ('week' or 'day'); the fitted α is in this unit. Default week.
             * @enum {string}
             */
            time_unit?: 'week' | 'day';
            /** @description L2 penalty on the model parameters (0 = plain maximum likelihood). Default 0. */
            penalizer?: number;
            /** @description Hour of the day (0–23, workspace time zone) of the nightly refit and recompute of every customer. Default 3. */
            nightly_recompute_hour?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "analytics_settings",
             *       "values": {
             *         "at_risk_gap_factor": 2,
             *         "lapsed_gap_factor": 3,
             *         "at_risk_p_alive": 0.5,
             *         "lapsed_p_alive": 0.2,
             *         "loyal_min_orders": 3,
             *         "one_order_gap_days": 30,
             *         "monthly_discount_rate": 0.01,
             *         "time_unit": "week",
             *         "penalizer": 0,
             *         "nightly_recompute_hour": 3
             *       },
             *       "defaults": {
             *         "at_risk_gap_factor": 2,
             *         "lapsed_gap_factor": 3,
             *         "at_risk_p_alive": 0.5,
             *         "lapsed_p_alive": 0.2,
             *         "loyal_min_orders": 3,
             *         "one_order_gap_days": 30,
             *         "monthly_discount_rate": 0.01,
             *         "time_unit": "week",
             *         "penalizer": 0,
             *         "nightly_recompute_hour": 3
             *       },
             *       "meaning": {}
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'analytics_settings';
              values: {
                /** @description A customer is at risk when the days since their last order exceed this many times their own expected days between orders. Default 1.5. */
                at_risk_gap_factor: number;
                /** @description A customer is lapsed when the days since their last order exceed this many times their own expected days between orders (must be above at_risk_gap_factor). Default 3. */
                lapsed_gap_factor: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is at risk whatever the day count. Default 0.5. */
                at_risk_p_alive: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is lapsed (must be below at_risk_p_alive). Default 0.2. */
                lapsed_p_alive: number;
                /** @description A customer with at least this many orders (and not overdue) is loyal. Default 4. */
                loyal_min_orders: number;
                /** @description Expected days between orders for a customer with a single purchase day while no model is fitted (with a model, the population rhythm α/r is used). Default 90. */
                one_order_gap_days: number;
                /** @description Discount rate per month in the 12-month CLV: month m is divided by (1 + rate)^m. Default 0.01. */
                monthly_discount_rate: number;
                /**
                 * @description Time unit of the BG/NBD fit ('week' or 'day'); the fitted α is in this unit. Default week.
                 * @enum {string}
                 */
                time_unit: 'week' | 'day';
                /** @description L2 penalty on the model parameters (0 = plain maximum likelihood). Default 0. */
                penalizer: number;
                /** @description Hour of the day (0–23, workspace time zone) of the nightly refit and recompute of every customer. Default 3. */
                nightly_recompute_hour: number;
              };
              defaults: {
                /** @description A customer is at risk when the days since their last order exceed this many times their own expected days between orders. Default 1.5. */
                at_risk_gap_factor: number;
                /** @description A customer is lapsed when the days since their last order exceed this many times their own expected days between orders (must be above at_risk_gap_factor). Default 3. */
                lapsed_gap_factor: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is at risk whatever the day count. Default 0.5. */
                at_risk_p_alive: number;
                /** @description With a fitted model, a customer whose P(alive) is below this is lapsed (must be below at_risk_p_alive). Default 0.2. */
                lapsed_p_alive: number;
                /** @description A customer with at least this many orders (and not overdue) is loyal. Default 4. */
                loyal_min_orders: number;
                /** @description Expected days between orders for a customer with a single purchase day while no model is fitted (with a model, the population rhythm α/r is used). Default 90. */
                one_order_gap_days: number;
                /** @description Discount rate per month in the 12-month CLV: month m is divided by (1 + rate)^m. Default 0.01. */
                monthly_discount_rate: number;
                /**
                 * @description Time unit of the BG/NBD fit ('week' or 'day'); the fitted α is in this unit. Default week.
                 * @enum {string}
                 */
                time_unit: 'week' | 'day';
                /** @description L2 penalty on the model parameters (0 = plain maximum likelihood). Default 0. */
                penalizer: number;
                /** @description Hour of the day (0–23, workspace time zone) of the nightly refit and recompute of every customer. Default 3. */
                nightly_recompute_hour: number;
              };
              meaning: {
                [key: string]: string;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refit the model and recompute every customer’s scores now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /** @example {} */
          'application/json': {
            as_of?: string;
            /** @description true: aggregate every order again instead of reading the kept per-customer rows */
            rescan?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "analytics_recompute",
             *       "customers": 2426,
             *       "stage_changes": 3,
             *       "as_of": "2026-03-14T09:30:00.000Z",
             *       "model": {
             *         "object": "clv_model",
             *         "id": "mdl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "status": "queued",
             *         "as_of": "2026-03-14T09:30:00.000Z",
             *         "time_unit": "week",
             *         "penalizer": 0,
             *         "bgnbd": {
             *           "r": 0.25,
             *           "alpha": 4,
             *           "a": 0.8,
             *           "b": 2.5,
             *           "log_likelihood": -9582.4,
             *           "customers": 2426,
             *           "converged": true
             *         },
             *         "gamma_gamma": {
             *           "p": 6,
             *           "q": 4,
             *           "gamma": 1500,
             *           "log_likelihood": -9582.4,
             *           "customers": 2426,
             *           "converged": true
             *         },
             *         "gamma_gamma_error": null,
             *         "error": null,
             *         "fit_ms": 412,
             *         "created": "2026-03-14T09:30:00.000Z",
             *         "started": "2026-03-14T09:30:00.000Z",
             *         "finished": "2026-03-14T09:30:00.000Z"
             *       },
             *       "inputs": {
             *         "from": "kept_rows",
             *         "rescanned": 3,
             *         "reason": "requested"
             *       },
             *       "timings_ms": {}
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'analytics_recompute';
              customers: number;
              stage_changes: number;
              as_of: string;
              model: {
                /** @enum {string} */
                object: 'clv_model';
                id: string;
                /** @enum {string} */
                status: 'queued' | 'running' | 'done' | 'failed';
                /** @description Observation end of the fit. */
                as_of: string;
                /** @enum {string} */
                time_unit: 'week' | 'day';
                penalizer: number;
                bgnbd: {
                  r: number;
                  /** @description In time_unit. */
                  alpha: number;
                  a: number;
                  b: number;
                  log_likelihood: number;
                  customers: number;
                  converged: boolean;
                } | null;
                gamma_gamma: {
                  p: number;
                  q: number;
                  /** @description In minor units. */
                  gamma: number;
                  log_likelihood: number;
                  /** @description Customers with x ≥ 1 and a positive mean repeat value. */
                  customers: number;
                  converged: boolean;
                } | null;
                gamma_gamma_error: string | null;
                error: string | null;
                /** @description Time spent maximizing the likelihoods. */
                fit_ms: number | null;
                created: string;
                started: string | null;
                finished: string | null;
              } | null;
              /** @description Where each customer’s inputs came from: `kept_rows`, the per-customer rows kept current as orders arrive (then `rescanned` customers whose rows were behind were aggregated from their orders), or `orders`, one aggregation of every order, for a `reason`: `requested` (`rescan: true`), `no_kept_rows` (no customer scored yet), `consumer_failed` (the analytics consumer gave up on an event since the rows were last all rewritten) or `too_many_behind` (more than a tenth of the rows, and more than 10,000, behind their orders). */
              inputs: {
                /** @enum {string} */
                from: 'kept_rows' | 'orders';
                rescanned?: number;
                /** @enum {string} */
                reason?: 'requested' | 'no_kept_rows' | 'consumer_failed' | 'too_many_behind';
              };
              timings_ms: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/doctor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health checks: migrations, consumer backlogs and skipped events, the points ledger
     * @description healthy = migrations current AND no consumer skipped an event AND the points ledger agrees with its cached balances (accounts = sum of entries; lots = sum of allocations and never below zero).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "doctor_report",
             *       "healthy": true,
             *       "database": {
             *         "engine": "embedded",
             *         "version": "1",
             *         "location": "/var/lib/retain",
             *         "logFile": "/var/lib/retain/postgres.log",
             *         "settings": {
             *           "shared_buffers": "128MB",
             *           "max_connections": "100",
             *           "synchronous_commit": "on",
             *           "fsync": "on",
             *           "autovacuum": "xxxxxxxx"
             *         },
             *         "databaseBytes": 3,
             *         "advice": [
             *           "xxxxxxxx"
             *         ]
             *       },
             *       "migrations": "current",
             *       "consumers": [
             *         {
             *           "consumer": "loyalty",
             *           "eventsBehind": 3,
             *           "failures": 3,
             *           "updatedAt": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "ledger": {
             *         "ok": true,
             *         "problems": [
             *           {
             *             "workspaceId": "ws_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "customerId": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *             "problem": "total must be a number"
             *           }
             *         ]
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'doctor_report';
              /** @description False when something is wrong that an operator must act on. */
              healthy: boolean;
              database: {
                /** @enum {string} */
                engine: 'embedded' | 'external';
                /** @description PostgreSQL’s own version string, e.g. "18.4". */
                version: string;
                /** @description The data directory (embedded), or host:port/database without credentials (external). */
                location: string;
                /** @description The embedded server’s log file. */
                logFile?: string;
                settings: {
                  shared_buffers: string;
                  max_connections: string;
                  synchronous_commit: string;
                  fsync: string;
                  autovacuum: string;
                };
                /** @description The database’s size on disk. */
                databaseBytes: number;
                /** @description What the operator should change in the server’s settings, one sentence each. */
                advice: string[];
              };
              /** @enum {string} */
              migrations: 'current' | 'pending';
              consumers: {
                consumer: string;
                /** @description Events in the log beyond the cursor, counted up to a cap. */
                eventsBehind: number;
                /** @description Events this consumer could not apply and skipped. */
                failures: number;
                updatedAt: string;
              }[];
              ledger: {
                ok: boolean;
                problems: {
                  workspaceId: string;
                  customerId: string;
                  problem: string;
                }[];
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages, newest first (provider=development_outbox: the development outbox) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          status?:
            | 'queued'
            | 'sending'
            | 'sent'
            | 'delivered'
            | 'failed'
            | 'suppressed'
            | 'expired'
            | 'outcome_unknown';
          provider?: string;
          channel?: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook' | 'in_app';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "message",
             *           "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "channel": "xxxxxxxx",
             *           "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "template_version": 3,
             *           "priority": "transactional",
             *           "topic": "xxxxxxxx",
             *           "status": "queued",
             *           "reason": "Goodwill for a late delivery",
             *           "send_after": "xxxxxxxx",
             *           "expires_at": "2026-03-14T09:30:00.000Z",
             *           "producer": {
             *             "kind": "xxxxxxxx",
             *             "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *           },
             *           "dedupe_key": "xxxxxxxx",
             *           "attempts": 3,
             *           "address": "xxxxxxxx",
             *           "provider": "xxxxxxxx",
             *           "provider_message_id": "xxxxxxxx",
             *           "subject": "xxxxxxxx",
             *           "decisions": [
             *             {}
             *           ],
             *           "content": {},
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "sent_at": "2026-03-14T09:30:00.000Z",
             *           "delivered_at": "2026-03-14T09:30:00.000Z",
             *           "opened_at": "2026-03-14T09:30:00.000Z",
             *           "clicked_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'message';
                id: string;
                customer: string;
                channel: string;
                template: string;
                template_version: number;
                /** @enum {string} */
                priority: 'transactional' | 'triggered' | 'promotional';
                topic: string | null;
                /** @enum {string} */
                status:
                  | 'queued'
                  | 'sending'
                  | 'sent'
                  | 'delivered'
                  | 'failed'
                  | 'suppressed'
                  | 'expired'
                  | 'outcome_unknown';
                reason: string | null;
                send_after: string;
                expires_at: string | null;
                producer: {
                  kind: string;
                  id: string | null;
                };
                dedupe_key: string;
                attempts: number;
                address: string | null;
                provider: string | null;
                provider_message_id: string | null;
                subject: string | null;
                decisions: {
                  [key: string]: unknown;
                }[];
                content: {
                  [key: string]: unknown;
                } | null;
                created: string;
                sent_at: string | null;
                delivered_at: string | null;
                opened_at: string | null;
                clicked_at: string | null;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Send a message to a customer (through the outbox: consent, caps and quiet hours apply) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "priority": "transactional",
           *       "data": {},
           *       "topic": "newsletter",
           *       "send_at": "2026-03-14T09:30:00.000Z",
           *       "expires_at": "2026-03-14T09:30:00.000Z",
           *       "dedupe_key": "xxxxxxxx"
           *     }
           */
          'application/json': {
            /** @description `cus_…` or the shop’s userId. */
            customer: string;
            template: string;
            /** @enum {string} */
            priority: 'transactional' | 'triggered' | 'promotional';
            /** @description What the template may name besides the customer: `{{ order.total | money }}`. */
            data?: {
              [key: string]: unknown;
            };
            topic?: ('newsletter' | 'offers' | 'loyalty_updates' | 'surveys') | null;
            /**
             * Format: date-time
             * @description Not before this instant (quiet hours and caps may hold it longer).
             */
            send_at?: string;
            /**
             * Format: date-time
             * @description Not after: a message still waiting then ends `expired`.
             */
            expires_at?: string;
            /** @description The same key twice makes one message (default: the Idempotency-Key). */
            dedupe_key?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "message",
             *       "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "channel": "xxxxxxxx",
             *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "template_version": 3,
             *       "priority": "transactional",
             *       "topic": "xxxxxxxx",
             *       "status": "queued",
             *       "reason": "Goodwill for a late delivery",
             *       "send_after": "xxxxxxxx",
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "producer": {
             *         "kind": "xxxxxxxx",
             *         "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *       },
             *       "dedupe_key": "xxxxxxxx",
             *       "attempts": 3,
             *       "address": "xxxxxxxx",
             *       "provider": "xxxxxxxx",
             *       "provider_message_id": "xxxxxxxx",
             *       "subject": "xxxxxxxx",
             *       "decisions": [
             *         {}
             *       ],
             *       "content": {},
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "sent_at": "2026-03-14T09:30:00.000Z",
             *       "delivered_at": "2026-03-14T09:30:00.000Z",
             *       "opened_at": "2026-03-14T09:30:00.000Z",
             *       "clicked_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'message';
              id: string;
              customer: string;
              channel: string;
              template: string;
              template_version: number;
              /** @enum {string} */
              priority: 'transactional' | 'triggered' | 'promotional';
              topic: string | null;
              /** @enum {string} */
              status:
                | 'queued'
                | 'sending'
                | 'sent'
                | 'delivered'
                | 'failed'
                | 'suppressed'
                | 'expired'
                | 'outcome_unknown';
              reason: string | null;
              send_after: string;
              expires_at: string | null;
              producer: {
                kind: string;
                id: string | null;
              };
              dedupe_key: string;
              attempts: number;
              address: string | null;
              provider: string | null;
              provider_message_id: string | null;
              subject: string | null;
              decisions: {
                [key: string]: unknown;
              }[];
              content: {
                [key: string]: unknown;
              } | null;
              created: string;
              sent_at: string | null;
              delivered_at: string | null;
              opened_at: string | null;
              clicked_at: string | null;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "message",
             *       "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "channel": "xxxxxxxx",
             *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "template_version": 3,
             *       "priority": "transactional",
             *       "topic": "xxxxxxxx",
             *       "status": "queued",
             *       "reason": "Goodwill for a late delivery",
             *       "send_after": "xxxxxxxx",
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "producer": {
             *         "kind": "xxxxxxxx",
             *         "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *       },
             *       "dedupe_key": "xxxxxxxx",
             *       "attempts": 3,
             *       "address": "xxxxxxxx",
             *       "provider": "xxxxxxxx",
             *       "provider_message_id": "xxxxxxxx",
             *       "subject": "xxxxxxxx",
             *       "decisions": [
             *         {}
             *       ],
             *       "content": {},
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "sent_at": "2026-03-14T09:30:00.000Z",
             *       "delivered_at": "2026-03-14T09:30:00.000Z",
             *       "opened_at": "2026-03-14T09:30:00.000Z",
             *       "clicked_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'message';
              id: string;
              customer: string;
              channel: string;
              template: string;
              template_version: number;
              /** @enum {string} */
              priority: 'transactional' | 'triggered' | 'promotional';
              topic: string | null;
              /** @enum {string} */
              status:
                | 'queued'
                | 'sending'
                | 'sent'
                | 'delivered'
                | 'failed'
                | 'suppressed'
                | 'expired'
                | 'outcome_unknown';
              reason: string | null;
              send_after: string;
              expires_at: string | null;
              producer: {
                kind: string;
                id: string | null;
              };
              dedupe_key: string;
              attempts: number;
              address: string | null;
              provider: string | null;
              provider_message_id: string | null;
              subject: string | null;
              decisions: {
                [key: string]: unknown;
              }[];
              content: {
                [key: string]: unknown;
              } | null;
              created: string;
              sent_at: string | null;
              delivered_at: string | null;
              opened_at: string | null;
              clicked_at: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A message, its status and why */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "message",
             *       "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "channel": "xxxxxxxx",
             *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "template_version": 3,
             *       "priority": "transactional",
             *       "topic": "xxxxxxxx",
             *       "status": "queued",
             *       "reason": "Goodwill for a late delivery",
             *       "send_after": "xxxxxxxx",
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "producer": {
             *         "kind": "xxxxxxxx",
             *         "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *       },
             *       "dedupe_key": "xxxxxxxx",
             *       "attempts": 3,
             *       "address": "xxxxxxxx",
             *       "provider": "xxxxxxxx",
             *       "provider_message_id": "xxxxxxxx",
             *       "subject": "xxxxxxxx",
             *       "decisions": [
             *         {}
             *       ],
             *       "content": {},
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "sent_at": "2026-03-14T09:30:00.000Z",
             *       "delivered_at": "2026-03-14T09:30:00.000Z",
             *       "opened_at": "2026-03-14T09:30:00.000Z",
             *       "clicked_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'message';
              id: string;
              customer: string;
              channel: string;
              template: string;
              template_version: number;
              /** @enum {string} */
              priority: 'transactional' | 'triggered' | 'promotional';
              topic: string | null;
              /** @enum {string} */
              status:
                | 'queued'
                | 'sending'
                | 'sent'
                | 'delivered'
                | 'failed'
                | 'suppressed'
                | 'expired'
                | 'outcome_unknown';
              reason: string | null;
              send_after: string;
              expires_at: string | null;
              producer: {
                kind: string;
                id: string | null;
              };
              dedupe_key: string;
              attempts: number;
              address: string | null;
              provider: string | null;
              provider_message_id: string | null;
              subject: string | null;
              decisions: {
                [key: string]: unknown;
              }[];
              content: {
                [key: string]: unknown;
              } | null;
              created: string;
              sent_at: string | null;
              delivered_at: string | null;
              opened_at: string | null;
              clicked_at: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s messages, newest first, each with its outcome and why */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "message",
             *           "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "channel": "xxxxxxxx",
             *           "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "template_version": 3,
             *           "priority": "transactional",
             *           "topic": "xxxxxxxx",
             *           "status": "queued",
             *           "reason": "Goodwill for a late delivery",
             *           "send_after": "xxxxxxxx",
             *           "expires_at": "2026-03-14T09:30:00.000Z",
             *           "producer": {
             *             "kind": "xxxxxxxx",
             *             "id": "msg_01JF3Q8W5ZK7M2N4P6R8T0V2X4"
             *           },
             *           "dedupe_key": "xxxxxxxx",
             *           "attempts": 3,
             *           "address": "xxxxxxxx",
             *           "provider": "xxxxxxxx",
             *           "provider_message_id": "xxxxxxxx",
             *           "subject": "xxxxxxxx",
             *           "decisions": [
             *             {}
             *           ],
             *           "content": {},
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "sent_at": "2026-03-14T09:30:00.000Z",
             *           "delivered_at": "2026-03-14T09:30:00.000Z",
             *           "opened_at": "2026-03-14T09:30:00.000Z",
             *           "clicked_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'message';
                id: string;
                customer: string;
                channel: string;
                template: string;
                template_version: number;
                /** @enum {string} */
                priority: 'transactional' | 'triggered' | 'promotional';
                topic: string | null;
                /** @enum {string} */
                status:
                  | 'queued'
                  | 'sending'
                  | 'sent'
                  | 'delivered'
                  | 'failed'
                  | 'suppressed'
                  | 'expired'
                  | 'outcome_unknown';
                reason: string | null;
                send_after: string;
                expires_at: string | null;
                producer: {
                  kind: string;
                  id: string | null;
                };
                dedupe_key: string;
                attempts: number;
                address: string | null;
                provider: string | null;
                provider_message_id: string | null;
                subject: string | null;
                decisions: {
                  [key: string]: unknown;
                }[];
                content: {
                  [key: string]: unknown;
                } | null;
                created: string;
                sent_at: string | null;
                delivered_at: string | null;
                opened_at: string | null;
                clicked_at: string | null;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Templates, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          include_archived?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "template",
             *           "id": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Cà Phê Sài Gòn",
             *           "channel": "xxxxxxxx",
             *           "version": 3,
             *           "language": "vi",
             *           "library_key": "xxxxxxxx",
             *           "source": {},
             *           "archived": true,
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "updated": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'template';
                id: string;
                name: string;
                channel: string;
                version: number;
                language: string | null;
                library_key: string | null;
                source: {
                  [key: string]: unknown;
                };
                archived: boolean;
                created: string;
                updated: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a template (compiled now: a template that does not compile is refused) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Cà Phê Sài Gòn",
           *       "channel": "email",
           *       "language": "vi",
           *       "subject": "xxxxxxxx",
           *       "preheader": "xxxxxxxx",
           *       "body": "xxxxxxxx",
           *       "text_body": "xxxxxxxx",
           *       "title": "xxxxxxxx",
           *       "url": "https://shop.example.vn/",
           *       "provider_template": "xxxxxxxx",
           *       "provider_language": "xxxxxxxx",
           *       "provider_params": {},
           *       "sender": {
           *         "name": "Cà Phê Sài Gòn",
           *         "address": "siriporn.w@example.co.th",
           *         "reply_to": "siriporn.w@example.co.th",
           *         "signature": "xxxxxxxx",
           *         "photo_url": "https://shop.example.vn/"
           *       },
           *       "format": "mjml"
           *     }
           */
          'application/json': {
            name: string;
            /** @enum {string} */
            channel: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook' | 'in_app';
            language?: string;
            subject?: string;
            preheader?: string;
            body: string;
            text_body?: string;
            title?: string;
            url?: string;
            provider_template?: string;
            provider_language?: string;
            provider_params?: {
              [key: string]: string;
            };
            sender?: {
              name: string;
              address?: string | null;
              reply_to?: string | null;
              signature?: string | null;
              photo_url?: string | null;
            };
            /**
             * @description Email: mjml (default when the body starts with <mjml>) or html; other channels: text.
             * @enum {string}
             */
            format?: 'mjml' | 'html' | 'text';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "template",
             *       "id": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "channel": "xxxxxxxx",
             *       "version": 3,
             *       "language": "vi",
             *       "library_key": "xxxxxxxx",
             *       "source": {},
             *       "archived": true,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'template';
              id: string;
              name: string;
              channel: string;
              version: number;
              language: string | null;
              library_key: string | null;
              source: {
                [key: string]: unknown;
              };
              archived: boolean;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/templates/library': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ready-made lifecycle templates (welcome, thank-you, win-back…) in English, Vietnamese, Thai and Japanese */
    get: {
      parameters: {
        query?: {
          language?: 'en' | 'vi' | 'th' | 'ja';
          channel?: 'email' | 'sms' | 'line';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "library_template",
             *           "key": "sk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "language": "vi",
             *           "channel": "xxxxxxxx",
             *           "name": "Cà Phê Sài Gòn",
             *           "subject": "xxxxxxxx",
             *           "preheader": "xxxxxxxx",
             *           "body": "xxxxxxxx",
             *           "text_body": "xxxxxxxx",
             *           "format": "xxxxxxxx",
             *           "requires": [
             *             "xxxxxxxx"
             *           ]
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'library_template';
                key: string;
                language: string;
                channel: string;
                name: string;
                subject: string | null;
                preheader: string | null;
                body: string;
                text_body: string | null;
                format: string;
                /** @description What the producer’s `data` must hold for it to render. */
                requires: string[];
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Make a template of your own from a ready-made one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "key": "sk_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "language": "en",
           *       "channel": "email"
           *     }
           */
          'application/json': {
            key: string;
            /** @enum {string} */
            language: 'en' | 'vi' | 'th' | 'ja';
            /** @enum {string} */
            channel: 'email' | 'sms' | 'line';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "template",
             *       "id": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "channel": "xxxxxxxx",
             *       "version": 3,
             *       "language": "vi",
             *       "library_key": "xxxxxxxx",
             *       "source": {},
             *       "archived": true,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'template';
              id: string;
              name: string;
              channel: string;
              version: number;
              language: string | null;
              library_key: string | null;
              source: {
                [key: string]: unknown;
              };
              archived: boolean;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A template (its current version, or ?version=N) */
    get: {
      parameters: {
        query?: {
          version?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "template",
             *       "id": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "channel": "xxxxxxxx",
             *       "version": 3,
             *       "language": "vi",
             *       "library_key": "xxxxxxxx",
             *       "source": {},
             *       "archived": true,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'template';
              id: string;
              name: string;
              channel: string;
              version: number;
              language: string | null;
              library_key: string | null;
              source: {
                [key: string]: unknown;
              };
              archived: boolean;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a template: a new version (messages already made keep theirs) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Cà Phê Sài Gòn",
           *       "subject": "xxxxxxxx",
           *       "preheader": "xxxxxxxx",
           *       "body": "xxxxxxxx",
           *       "text_body": "xxxxxxxx",
           *       "title": "xxxxxxxx",
           *       "url": "https://shop.example.vn/",
           *       "provider_template": "xxxxxxxx",
           *       "provider_language": "xxxxxxxx",
           *       "provider_params": {},
           *       "sender": {
           *         "name": "Cà Phê Sài Gòn",
           *         "address": "siriporn.w@example.co.th",
           *         "reply_to": "siriporn.w@example.co.th",
           *         "signature": "xxxxxxxx",
           *         "photo_url": "https://shop.example.vn/"
           *       },
           *       "format": "mjml"
           *     }
           */
          'application/json': {
            name?: string;
            subject?: string;
            preheader?: string;
            body?: string;
            text_body?: string;
            title?: string;
            url?: string;
            provider_template?: string;
            provider_language?: string;
            provider_params?: {
              [key: string]: string;
            };
            sender?: {
              name: string;
              address?: string | null;
              reply_to?: string | null;
              signature?: string | null;
              photo_url?: string | null;
            };
            /**
             * @description Email: mjml (default when the body starts with <mjml>) or html; other channels: text.
             * @enum {string}
             */
            format?: 'mjml' | 'html' | 'text';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "template",
             *       "id": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "channel": "xxxxxxxx",
             *       "version": 3,
             *       "language": "vi",
             *       "library_key": "xxxxxxxx",
             *       "source": {},
             *       "archived": true,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'template';
              id: string;
              name: string;
              channel: string;
              version: number;
              language: string | null;
              library_key: string | null;
              source: {
                [key: string]: unknown;
              };
              archived: boolean;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/templates/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a template: nothing new is sent with it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "template",
             *       "id": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "channel": "xxxxxxxx",
             *       "version": 3,
             *       "language": "vi",
             *       "library_key": "xxxxxxxx",
             *       "source": {},
             *       "archived": true,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'template';
              id: string;
              name: string;
              channel: string;
              version: number;
              language: string | null;
              library_key: string | null;
              source: {
                [key: string]: unknown;
              };
              archived: boolean;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/templates/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Render a template, or an unsaved draft of it, with a customer’s data (or a sample customer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "data": {},
           *       "locale": "vi-VN",
           *       "draft": {
           *         "subject": "xxxxxxxx",
           *         "preheader": "xxxxxxxx",
           *         "body": "xxxxxxxx",
           *         "text_body": "xxxxxxxx",
           *         "title": "xxxxxxxx",
           *         "url": "https://shop.example.vn/",
           *         "provider_template": "xxxxxxxx",
           *         "provider_language": "xxxxxxxx",
           *         "provider_params": {},
           *         "sender": {
           *           "name": "Cà Phê Sài Gòn",
           *           "address": "siriporn.w@example.co.th",
           *           "reply_to": "siriporn.w@example.co.th",
           *           "signature": "xxxxxxxx",
           *           "photo_url": "https://shop.example.vn/"
           *         },
           *         "format": "mjml"
           *       }
           *     }
           */
          'application/json': {
            /** @description Render with this customer’s data (else a sample customer). */
            customer?: string;
            data?: {
              [key: string]: unknown;
            };
            locale?: string;
            /** @description An unsaved edit, checked as a save would check it: the fields given replace the saved version’s, and nothing is saved. */
            draft?: {
              subject?: string;
              preheader?: string;
              body?: string;
              text_body?: string;
              title?: string;
              url?: string;
              provider_template?: string;
              provider_language?: string;
              provider_params?: {
                [key: string]: string;
              };
              sender?: {
                name: string;
                address?: string | null;
                reply_to?: string | null;
                signature?: string | null;
                photo_url?: string | null;
              };
              /**
               * @description Email: mjml (default when the body starts with <mjml>) or html; other channels: text.
               * @enum {string}
               */
              format?: 'mjml' | 'html' | 'text';
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "rendered_message",
             *       "channel": "xxxxxxxx",
             *       "content": {}
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'rendered_message';
              channel: string;
              content: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/templates/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a template once to an address of yours, through the channel */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "to": "2026-03-14T09:30:00.000Z",
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "data": {}
           *     }
           */
          'application/json': {
            /** @description The address to send the test to (an email, a phone, a LINE id…). */
            to: string;
            customer?: string;
            data?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "test_send",
             *       "outcome": "xxxxxxxx",
             *       "reason": "Goodwill for a late delivery",
             *       "content": {}
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'test_send';
              outcome: string;
              reason: string | null;
              content: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The channels set up (secrets never shown) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "channel",
             *           "kind": "xxxxxxxx",
             *           "settings": {},
             *           "updated": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'channel';
                kind: string;
                settings: {
                  [key: string]: unknown;
                };
                updated: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/channels/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set up a channel (email: smtp_url and from); ?verify=true checks the credentials with the provider first */
    put: {
      parameters: {
        query?: {
          verify?: 'true' | 'false';
        };
        header?: never;
        path: {
          kind: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /** @example {} */
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "channel",
             *       "kind": "xxxxxxxx",
             *       "settings": {},
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'channel';
              kind: string;
              settings: {
                [key: string]: unknown;
              };
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Remove a channel: its messages go to the development outbox */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "channel",
             *       "kind": "xxxxxxxx",
             *       "deleted": true
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'channel';
              kind: string;
              deleted: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/messaging/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pacing (caps, quiet hours), tracking and consent settings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "messaging_settings",
             *       "pacing": {
             *         "quiet_hours": {
             *           "start": "21:00",
             *           "end": "21:00"
             *         },
             *         "channel_quiet_hours": {},
             *         "frequency_caps": [
             *           {
             *             "id": "xxxxxxxx",
             *             "limit": 3,
             *             "days": 30,
             *             "priorities": [
             *               "triggered"
             *             ],
             *             "channels": "all",
             *             "new_customer_days": 30
             *           }
             *         ],
             *         "respect_legal_presets": true
             *       },
             *       "track_opens": true,
             *       "track_clicks": true,
             *       "double_opt_in": true,
             *       "consent_traits": {},
             *       "public_url": "xxxxxxxx",
             *       "shop_url": "xxxxxxxx"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'messaging_settings';
              pacing: {
                /** @description In the customer's own time zone; null sends at any hour. */
                quiet_hours: {
                  /**
                   * @description Local time of day, HH:MM (24-hour clock).
                   * @example 21:00
                   */
                  start: string;
                  /**
                   * @description Local time of day, HH:MM (24-hour clock).
                   * @example 21:00
                   */
                  end: string;
                } | null;
                /** @description Replaces quiet_hours for a channel; null turns them off on that channel. */
                channel_quiet_hours: {
                  [key: string]: {
                    /**
                     * @description Local time of day, HH:MM (24-hour clock).
                     * @example 21:00
                     */
                    start: string;
                    /**
                     * @description Local time of day, HH:MM (24-hour clock).
                     * @example 21:00
                     */
                    end: string;
                  } | null;
                };
                frequency_caps: {
                  /** @description Names the rule in the decision recorded on a deferred message. */
                  id: string;
                  /** @description At most this many messages in the window. */
                  limit: number;
                  /** @description The window in the customer's calendar days: 1 is today, 7 is today and the 6 days before. */
                  days: number;
                  /** @description Which messages count and are capped. */
                  priorities: ('triggered' | 'promotional')[];
                  /** @description "all" counts messages on every channel together. */
                  channels:
                    | 'all'
                    | ('email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook' | 'in_app')[];
                  /** @description The rule applies only in the customer's first this many calendar days. */
                  new_customer_days?: number;
                }[];
                /** @description Channels' legal sending windows (Zalo ZNS: 07:00-22:00 Vietnam time) apply on top. */
                respect_legal_presets: boolean;
              };
              track_opens: boolean;
              track_clicks: boolean;
              double_opt_in: boolean;
              consent_traits: {
                [key: string]: string;
              };
              public_url: string | null;
              /** @description The storefront, where `{{ shop_url }}` in templates points. */
              shop_url: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change pacing, tracking or consent settings */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "pacing": {
           *         "quiet_hours": {
           *           "start": "21:00",
           *           "end": "21:00"
           *         },
           *         "channel_quiet_hours": {},
           *         "frequency_caps": [
           *           {
           *             "id": "xxxxxxxx",
           *             "limit": 3,
           *             "days": 30,
           *             "priorities": [
           *               "triggered"
           *             ],
           *             "channels": "all",
           *             "new_customer_days": 30
           *           }
           *         ],
           *         "respect_legal_presets": true
           *       },
           *       "track_opens": true,
           *       "track_clicks": true,
           *       "double_opt_in": true,
           *       "consent_traits": {},
           *       "public_url": "https://shop.example.vn/",
           *       "shop_url": "https://shop.example.vn/"
           *     }
           */
          'application/json': {
            pacing?: {
              /** @description In the customer's own time zone; null sends at any hour. */
              quiet_hours?: {
                /**
                 * @description Local time of day, HH:MM (24-hour clock).
                 * @example 21:00
                 */
                start: string;
                /**
                 * @description Local time of day, HH:MM (24-hour clock).
                 * @example 21:00
                 */
                end: string;
              } | null;
              /** @description Replaces quiet_hours for a channel; null turns them off on that channel. */
              channel_quiet_hours?: {
                [key: string]: {
                  /**
                   * @description Local time of day, HH:MM (24-hour clock).
                   * @example 21:00
                   */
                  start: string;
                  /**
                   * @description Local time of day, HH:MM (24-hour clock).
                   * @example 21:00
                   */
                  end: string;
                } | null;
              };
              frequency_caps?: {
                /** @description Names the rule in the decision recorded on a deferred message. */
                id: string;
                /** @description At most this many messages in the window. */
                limit: number;
                /** @description The window in the customer's calendar days: 1 is today, 7 is today and the 6 days before. */
                days: number;
                /** @description Which messages count and are capped. */
                priorities: ('triggered' | 'promotional')[];
                /** @description "all" counts messages on every channel together. */
                channels:
                  'all' | ('email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook' | 'in_app')[];
                /** @description The rule applies only in the customer's first this many calendar days. */
                new_customer_days?: number;
              }[];
              /** @description Channels' legal sending windows (Zalo ZNS: 07:00-22:00 Vietnam time) apply on top. */
              respect_legal_presets?: boolean;
            };
            track_opens?: boolean;
            track_clicks?: boolean;
            double_opt_in?: boolean;
            consent_traits?: {
              [key: string]: string;
            };
            public_url?: string | null;
            shop_url?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "messaging_settings",
             *       "pacing": {
             *         "quiet_hours": {
             *           "start": "21:00",
             *           "end": "21:00"
             *         },
             *         "channel_quiet_hours": {},
             *         "frequency_caps": [
             *           {
             *             "id": "xxxxxxxx",
             *             "limit": 3,
             *             "days": 30,
             *             "priorities": [
             *               "triggered"
             *             ],
             *             "channels": "all",
             *             "new_customer_days": 30
             *           }
             *         ],
             *         "respect_legal_presets": true
             *       },
             *       "track_opens": true,
             *       "track_clicks": true,
             *       "double_opt_in": true,
             *       "consent_traits": {},
             *       "public_url": "xxxxxxxx",
             *       "shop_url": "xxxxxxxx"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'messaging_settings';
              pacing: {
                /** @description In the customer's own time zone; null sends at any hour. */
                quiet_hours: {
                  /**
                   * @description Local time of day, HH:MM (24-hour clock).
                   * @example 21:00
                   */
                  start: string;
                  /**
                   * @description Local time of day, HH:MM (24-hour clock).
                   * @example 21:00
                   */
                  end: string;
                } | null;
                /** @description Replaces quiet_hours for a channel; null turns them off on that channel. */
                channel_quiet_hours: {
                  [key: string]: {
                    /**
                     * @description Local time of day, HH:MM (24-hour clock).
                     * @example 21:00
                     */
                    start: string;
                    /**
                     * @description Local time of day, HH:MM (24-hour clock).
                     * @example 21:00
                     */
                    end: string;
                  } | null;
                };
                frequency_caps: {
                  /** @description Names the rule in the decision recorded on a deferred message. */
                  id: string;
                  /** @description At most this many messages in the window. */
                  limit: number;
                  /** @description The window in the customer's calendar days: 1 is today, 7 is today and the 6 days before. */
                  days: number;
                  /** @description Which messages count and are capped. */
                  priorities: ('triggered' | 'promotional')[];
                  /** @description "all" counts messages on every channel together. */
                  channels:
                    | 'all'
                    | ('email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook' | 'in_app')[];
                  /** @description The rule applies only in the customer's first this many calendar days. */
                  new_customer_days?: number;
                }[];
                /** @description Channels' legal sending windows (Zalo ZNS: 07:00-22:00 Vietnam time) apply on top. */
                respect_legal_presets: boolean;
              };
              track_opens: boolean;
              track_clicks: boolean;
              double_opt_in: boolean;
              consent_traits: {
                [key: string]: string;
              };
              public_url: string | null;
              /** @description The storefront, where `{{ shop_url }}` in templates points. */
              shop_url: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/push_subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Save a browser’s web-push subscription for a customer (secret key)
     * @description Saving the same endpoint again replaces it (new keys, or another customer signed in).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "subscription": {
           *         "endpoint": "https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0",
           *         "keys": {
           *           "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
           *           "auth": "tBHItJI5svbpez7KI4CCXg"
           *         }
           *       }
           *     }
           */
          'application/json': {
            /** @description `cus_…` or the shop’s userId. */
            customer: string;
            /** @description The browser’s PushSubscription, as its toJSON() gives it (expirationTime is ignored). */
            subscription: {
              /** @example https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0 */
              endpoint: string;
              keys: {
                /** @example BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM */
                p256dh: string;
                /** @example tBHItJI5svbpez7KI4CCXg */
                auth: string;
              };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "push_subscription",
             *       "endpoint": "https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "created_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'push_subscription';
              /** @example https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0 */
              endpoint: string;
              customer: string;
              created_at: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Delete a browser’s web-push subscription by its endpoint (publishable or secret key) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "endpoint": "https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0"
           *     }
           */
          'application/json': {
            /** @example https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0 */
            endpoint: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "push_subscription",
             *       "endpoint": "https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0",
             *       "deleted": true
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'push_subscription';
              /** @example https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0 */
              endpoint: string;
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/push_subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s web-push subscriptions (one per browser) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "push_subscription",
             *           "endpoint": "https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0",
             *           "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "created_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'push_subscription';
                /** @example https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0 */
                endpoint: string;
                customer: string;
                created_at: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s in-app inbox, newest first, with the unread count */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          /** @description true: only the messages not yet read. */
          unread?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "inbox_message",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "title": "Your points expire on 31 December",
             *           "text": "1,250 points expire soon: treat yourself to a free drink before they go.",
             *           "url": "https://shop.example/rewards",
             *           "sent_at": "2026-03-14T09:30:00.000Z",
             *           "read_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false,
             *       "unread_count": 3
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'inbox_message';
                id: string;
                /** @example Your points expire on 31 December */
                title: string | null;
                /** @example 1,250 points expire soon: treat yourself to a free drink before they go. */
                text: string | null;
                /** @example https://shop.example/rewards */
                url: string | null;
                sent_at: string | null;
                read_at: string | null;
              }[];
              has_more: boolean;
              /** @description Unread messages in the whole inbox, not only this page. */
              unread_count: number;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/inbox/{messageId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark an inbox message read (logs Message Opened the first time) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          messageId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "inbox_message",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "title": "Your points expire on 31 December",
             *       "text": "1,250 points expire soon: treat yourself to a free drink before they go.",
             *       "url": "https://shop.example/rewards",
             *       "sent_at": "2026-03-14T09:30:00.000Z",
             *       "read_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'inbox_message';
              id: string;
              /** @example Your points expire on 31 December */
              title: string | null;
              /** @example 1,250 points expire soon: treat yourself to a free drink before they go. */
              text: string | null;
              /** @example https://shop.example/rewards */
              url: string | null;
              sent_at: string | null;
              read_at: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/suppressions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List suppressed addresses, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          channel?: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp';
          reason?: 'hard_bounce' | 'complaint' | 'manual';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "suppression",
             *           "id": "email:somchai.k@example.co.th",
             *           "channel": "email",
             *           "address": "somchai.k@example.co.th",
             *           "reason": "hard_bounce",
             *           "source": "ses",
             *           "detail": "Permanent/General: smtp; 550 5.1.1 user unknown",
             *           "created_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'suppression';
                /**
                 * @description `channel:address`; lists take it as `starting_after`.
                 * @example email:somchai.k@example.co.th
                 */
                id: string;
                /** @enum {string} */
                channel: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp';
                /**
                 * @description Lower-cased email, E.164 phone or LINE user id.
                 * @example somchai.k@example.co.th
                 */
                address: string;
                /** @enum {string} */
                reason: 'hard_bounce' | 'complaint' | 'manual';
                /**
                 * @description api · dashboard · import · ses · inbound · provider
                 * @example ses
                 */
                source: string;
                /** @example Permanent/General: smtp; 550 5.1.1 user unknown */
                detail: string | null;
                created_at: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /**
     * Suppress an address: nothing is sent to it on that channel
     * @description An address already suppressed is answered as it is stored, with 200.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "channel": "email",
           *       "address": "Somchai.K@example.co.th",
           *       "reason": "manual"
           *     }
           */
          'application/json': {
            /** @enum {string} */
            channel: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp';
            /**
             * @description An email (stored lower-cased), a phone in international form (+66 81 234 5678) or a LINE user id.
             * @example Somchai.K@example.co.th
             */
            address: string;
            /**
             * @description Bounces and complaints are suppressed by the inbound webhook.
             * @enum {string}
             */
            reason?: 'manual';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "suppression",
             *       "id": "email:somchai.k@example.co.th",
             *       "channel": "email",
             *       "address": "somchai.k@example.co.th",
             *       "reason": "hard_bounce",
             *       "source": "ses",
             *       "detail": "Permanent/General: smtp; 550 5.1.1 user unknown",
             *       "created_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'suppression';
              /**
               * @description `channel:address`; lists take it as `starting_after`.
               * @example email:somchai.k@example.co.th
               */
              id: string;
              /** @enum {string} */
              channel: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp';
              /**
               * @description Lower-cased email, E.164 phone or LINE user id.
               * @example somchai.k@example.co.th
               */
              address: string;
              /** @enum {string} */
              reason: 'hard_bounce' | 'complaint' | 'manual';
              /**
               * @description api · dashboard · import · ses · inbound · provider
               * @example ses
               */
              source: string;
              /** @example Permanent/General: smtp; 550 5.1.1 user unknown */
              detail: string | null;
              created_at: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "suppression",
             *       "id": "email:somchai.k@example.co.th",
             *       "channel": "email",
             *       "address": "somchai.k@example.co.th",
             *       "reason": "hard_bounce",
             *       "source": "ses",
             *       "detail": "Permanent/General: smtp; 550 5.1.1 user unknown",
             *       "created_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'suppression';
              /**
               * @description `channel:address`; lists take it as `starting_after`.
               * @example email:somchai.k@example.co.th
               */
              id: string;
              /** @enum {string} */
              channel: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp';
              /**
               * @description Lower-cased email, E.164 phone or LINE user id.
               * @example somchai.k@example.co.th
               */
              address: string;
              /** @enum {string} */
              reason: 'hard_bounce' | 'complaint' | 'manual';
              /**
               * @description api · dashboard · import · ses · inbound · provider
               * @example ses
               */
              source: string;
              /** @example Permanent/General: smtp; 550 5.1.1 user unknown */
              detail: string | null;
              created_at: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/suppressions/{channel}/{address}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Lift a suppression: the address may be sent to again */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          channel: string;
          address: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "suppression",
             *       "id": "email:somchai.k@example.co.th",
             *       "channel": "email",
             *       "address": "somchai.k@example.co.th",
             *       "deleted": true
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'suppression';
              /** @example email:somchai.k@example.co.th */
              id: string;
              /** @enum {string} */
              channel: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp';
              /** @example somchai.k@example.co.th */
              address: string;
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/suppressions/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suppress the addresses of a CSV (the request body, text/csv), all or none
     * @description Columns `channel`, `address` and optionally `reason` (`manual` by default). Every row is checked first: if any is invalid nothing is written and `errors` lists each bad row by line; otherwise all rows are applied in one transaction. Importing the same file again changes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "suppression_import",
             *       "applied": true,
             *       "rows": 3,
             *       "suppressed": 3,
             *       "unchanged": 3,
             *       "errors": [
             *         {
             *           "line": 139,
             *           "param": "xxxxxxxx",
             *           "reason": "Goodwill for a late delivery"
             *         }
             *       ],
             *       "errors_omitted": 3
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'suppression_import';
              /** @description true: every row was valid and applied; false: nothing changed. */
              applied: boolean;
              rows: number;
              /** @description Addresses newly suppressed. */
              suppressed: number;
              /** @description Addresses already suppressed (or repeated in the file). */
              unchanged: number;
              errors: {
                line: number;
                param: string;
                reason: string;
              }[];
              /** @description Bad rows beyond the first 1,000, not listed in errors. */
              errors_omitted: number;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/inbound/email/{workspaceId}/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Inbound bounce and complaint webhook (Amazon SES over SNS, or the generic JSON shape)
     * @description Hard bounces and complaints suppress the address; a hard bounce fails the message it answers and logs `Message Bounced`, a complaint logs `Message Complained`; soft bounces are recorded on the message. A Delivery notification marks its message `delivered` and logs `Message Delivered`, once; one for a message retain does not know answers 404 and nothing of the notification is recorded. An SNS SubscriptionConfirmation is confirmed. The URL is given by `GET /v1/inbound/email/url`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "inbound_email",
             *       "notices": 3,
             *       "suppressed": 3,
             *       "delivered": 3,
             *       "subscription_confirmed": true
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'inbound_email';
              /** @description Bounces and complaints read from the notification. */
              notices: number;
              /** @description Addresses suppressed by them (hard bounces and complaints). */
              suppressed: number;
              /** @description Messages that SES Delivery notifications marked delivered (a late or repeated one marks none). */
              delivered: number;
              subscription_confirmed: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/inbound/sms/{workspaceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Twilio status callback: delivery receipts of SMS (form-encoded, X-Twilio-Signature)
     * @description The URL is sent as each SMS’s StatusCallback. `MessageStatus` delivered marks the message `delivered` and logs `Message Delivered`; undelivered or failed marks it `failed` with the error code and logs `Message Failed`; other statuses change nothing. The signature is checked with the channel’s auth token over the URL under the workspace’s public URL. A callback for a message whose send’s answer is not yet recorded (while one of the workspace’s SMS is being sent) is kept and applied when it is; one for a message retain does not know otherwise is a 404 naming `MessageSid`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "receipts",
             *       "receipts": 3,
             *       "changed": 3,
             *       "pending": 3
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'receipts';
              /** @description Receipts in the request that are outcomes (delivered or failed). */
              receipts: number;
              /** @description Messages they gave an outcome; a late or repeated receipt changes none. */
              changed: number;
              /** @description Receipts kept until their message’s send is recorded: Twilio can call back before the send’s answer is saved (SMS only). */
              pending: number;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/inbound/whatsapp/{workspaceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * WhatsApp Cloud API webhook: Meta’s verification of the URL (hub.challenge)
     * @description Meta calls this once when the URL is given as the Meta app’s webhook. When `hub.mode` is `subscribe` and `hub.verify_token` is the channel’s `verify_token`, the answer is `hub.challenge` as text; otherwise 403. Changes nothing.
     */
    get: {
      parameters: {
        query: {
          /** @description `subscribe` */
          'hub.mode'?: string;
          /** @description The token typed in the Meta app’s webhook settings. */
          'hub.verify_token'?: string;
          /** @description What the answer must be, for Meta to take the URL. */
          'hub.challenge': string;
        };
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The challenge, as Meta sent it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /** @example 1158201444 */
            'text/plain': string;
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /**
     * WhatsApp Cloud API webhook: delivery receipts (statuses[], X-Hub-Signature-256)
     * @description Give this URL as the Meta app’s webhook for the messages field. A `delivered` status marks its message `delivered` and logs `Message Delivered`; `failed` marks it `failed` and logs `Message Failed`; sent and read change nothing. The signature is checked with the channel’s `app_secret`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "receipts",
             *       "receipts": 3,
             *       "changed": 3,
             *       "pending": 3
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'receipts';
              /** @description Receipts in the request that are outcomes (delivered or failed). */
              receipts: number;
              /** @description Messages they gave an outcome; a late or repeated receipt changes none. */
              changed: number;
              /** @description Receipts kept until their message’s send is recorded: Twilio can call back before the send’s answer is saved (SMS only). */
              pending: number;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/inbound/email/url': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The URL to give the email provider for bounces and complaints (SNS topic subscription)
     * @description Under the workspace’s public URL when one is configured, else under the address this request reached.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "inbound_email_url",
             *       "url": "https://retain.shop.example/v1/inbound/email/ws_01JF3Q8W5ZK7M2N4P6R8T0V2X4/q3Vn0cWb8mXo2T1yHk5sLA"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'inbound_email_url';
              /** @example https://retain.shop.example/v1/inbound/email/ws_01JF3Q8W5ZK7M2N4P6R8T0V2X4/q3Vn0cWb8mXo2T1yHk5sLA */
              url: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/broadcasts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Broadcasts, newest first, each with its messages counted by status */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "broadcast",
             *           "id": "bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Tết offers",
             *           "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "template_version": 3,
             *           "audience": {
             *             "topic": "newsletter"
             *           },
             *           "priority": "triggered",
             *           "send_at": "2026-03-14T09:30:00.000Z",
             *           "local_time": "09:00",
             *           "expires_at": "2026-03-14T09:30:00.000Z",
             *           "status": "scheduled",
             *           "enqueued_count": 3,
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "updated": "2026-03-14T09:30:00.000Z",
             *           "messages": {
             *             "queued": 3,
             *             "sending": 3,
             *             "sent": 3,
             *             "delivered": 3,
             *             "failed": 3,
             *             "suppressed": 3,
             *             "expired": 3,
             *             "outcome_unknown": 3
             *           }
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'broadcast';
                /** @example bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
                id: string;
                /** @example Tết offers */
                name: string;
                /** @example tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
                template: string;
                template_version: number;
                audience: {
                  /** @enum {string} */
                  topic: 'newsletter' | 'offers' | 'loyalty_updates' | 'surveys';
                };
                /** @enum {string} */
                priority: 'triggered' | 'promotional';
                send_at: string;
                /** @example 09:00 */
                local_time: string | null;
                expires_at: string | null;
                /** @enum {string} */
                status: 'scheduled' | 'enqueuing' | 'enqueued' | 'canceled';
                /** @description Messages put in the outbox so far. */
                enqueued_count: number;
                created: string;
                updated: string;
                /** @description Its messages by status, as the dispatcher has decided them so far. */
                messages: {
                  queued: number;
                  sending: number;
                  sent: number;
                  delivered: number;
                  failed: number;
                  suppressed: number;
                  expired: number;
                  outcome_unknown: number;
                };
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Schedule a broadcast: a template to every customer subscribed to a topic */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Tết offers",
           *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "audience": {
           *         "topic": "newsletter"
           *       },
           *       "priority": "triggered",
           *       "send_at": "2026-03-14T09:30:00.000Z",
           *       "local_time": "09:00",
           *       "expires_at": "2026-03-14T09:30:00.000Z"
           *     }
           */
          'application/json': {
            /** @example Tết offers */
            name: string;
            /** @example tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
            template: string;
            audience: {
              /**
               * @description Every customer subscribed to this topic on the template’s channel.
               * @enum {string}
               */
              topic: 'newsletter' | 'offers' | 'loyalty_updates' | 'surveys';
            };
            /**
             * @description promotional also needs the channel subscribed, and counts against the promotional caps.
             * @enum {string}
             */
            priority: 'triggered' | 'promotional';
            /**
             * Format: date-time
             * @description When to send (default: now); with local_time, the day (in the shop’s time zone) to send on.
             */
            send_at?: string;
            /**
             * @description Each customer receives it when their own clock shows this time on send_at’s day.
             * @example 09:00
             */
            local_time?: string;
            /**
             * Format: date-time
             * @description A message still waiting then (held by caps or quiet hours) ends `expired`.
             */
            expires_at?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "broadcast",
             *       "id": "bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Tết offers",
             *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "template_version": 3,
             *       "audience": {
             *         "topic": "newsletter"
             *       },
             *       "priority": "triggered",
             *       "send_at": "2026-03-14T09:30:00.000Z",
             *       "local_time": "09:00",
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "status": "scheduled",
             *       "enqueued_count": 3,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'broadcast';
              /** @example bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
              id: string;
              /** @example Tết offers */
              name: string;
              /** @example tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
              template: string;
              template_version: number;
              audience: {
                /** @enum {string} */
                topic: 'newsletter' | 'offers' | 'loyalty_updates' | 'surveys';
              };
              /** @enum {string} */
              priority: 'triggered' | 'promotional';
              send_at: string;
              /** @example 09:00 */
              local_time: string | null;
              expires_at: string | null;
              /** @enum {string} */
              status: 'scheduled' | 'enqueuing' | 'enqueued' | 'canceled';
              /** @description Messages put in the outbox so far. */
              enqueued_count: number;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/broadcasts/audience': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many customers a broadcast would reach if it started now
     * @description The customers subscribed to the topic on the template’s channel (and, for a promotional one, to the channel). An estimate: consent is checked again as each message is enqueued and sent.
     */
    get: {
      parameters: {
        query: {
          /** @example tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
          template: string;
          topic: 'newsletter' | 'offers' | 'loyalty_updates' | 'surveys';
          priority: 'triggered' | 'promotional';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "broadcast_audience",
             *       "customers": 2426
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'broadcast_audience';
              customers: number;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/broadcasts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A broadcast, with its messages counted by status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "broadcast",
             *       "id": "bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Tết offers",
             *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "template_version": 3,
             *       "audience": {
             *         "topic": "newsletter"
             *       },
             *       "priority": "triggered",
             *       "send_at": "2026-03-14T09:30:00.000Z",
             *       "local_time": "09:00",
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "status": "scheduled",
             *       "enqueued_count": 3,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z",
             *       "messages": {
             *         "queued": 3,
             *         "sending": 3,
             *         "sent": 3,
             *         "delivered": 3,
             *         "failed": 3,
             *         "suppressed": 3,
             *         "expired": 3,
             *         "outcome_unknown": 3
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'broadcast';
              /** @example bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
              id: string;
              /** @example Tết offers */
              name: string;
              /** @example tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
              template: string;
              template_version: number;
              audience: {
                /** @enum {string} */
                topic: 'newsletter' | 'offers' | 'loyalty_updates' | 'surveys';
              };
              /** @enum {string} */
              priority: 'triggered' | 'promotional';
              send_at: string;
              /** @example 09:00 */
              local_time: string | null;
              expires_at: string | null;
              /** @enum {string} */
              status: 'scheduled' | 'enqueuing' | 'enqueued' | 'canceled';
              /** @description Messages put in the outbox so far. */
              enqueued_count: number;
              created: string;
              updated: string;
              /** @description Its messages by status, as the dispatcher has decided them so far. */
              messages: {
                queued: number;
                sending: number;
                sent: number;
                delivered: number;
                failed: number;
                suppressed: number;
                expired: number;
                outcome_unknown: number;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/broadcasts/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a broadcast that has not started enqueuing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "broadcast",
             *       "id": "bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Tết offers",
             *       "template": "tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "template_version": 3,
             *       "audience": {
             *         "topic": "newsletter"
             *       },
             *       "priority": "triggered",
             *       "send_at": "2026-03-14T09:30:00.000Z",
             *       "local_time": "09:00",
             *       "expires_at": "2026-03-14T09:30:00.000Z",
             *       "status": "scheduled",
             *       "enqueued_count": 3,
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'broadcast';
              /** @example bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
              id: string;
              /** @example Tết offers */
              name: string;
              /** @example tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4 */
              template: string;
              template_version: number;
              audience: {
                /** @enum {string} */
                topic: 'newsletter' | 'offers' | 'loyalty_updates' | 'surveys';
              };
              /** @enum {string} */
              priority: 'triggered' | 'promotional';
              send_at: string;
              /** @example 09:00 */
              local_time: string | null;
              expires_at: string | null;
              /** @enum {string} */
              status: 'scheduled' | 'enqueuing' | 'enqueued' | 'canceled';
              /** @description Messages put in the outbox so far. */
              enqueued_count: number;
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/messaging/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Delivery overview: sent, delivered, opened, clicked, failed, suppressed and unsubscribes per local day and channel
     * @description Each count falls on the local day (in the workspace’s time zone) the thing happened: a message sent on Monday and opened on Tuesday counts on both days. Days and channels with nothing are left out.
     */
    get: {
      parameters: {
        query: {
          /** @description First local date (YYYY-MM-DD). */
          from: string;
          /** @description Last local date (YYYY-MM-DD), included; at most 366 days after from. */
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "messaging_stats",
             *       "from": "2026-03-14T09:30:00.000Z",
             *       "to": "2026-03-14T09:30:00.000Z",
             *       "time_zone": "xxxxxxxx",
             *       "days": [
             *         {
             *           "date": "xxxxxxxx",
             *           "channel": "xxxxxxxx",
             *           "sent": 3,
             *           "delivered": 3,
             *           "opened": 3,
             *           "clicked": 3,
             *           "failed": 3,
             *           "suppressed": 3
             *         }
             *       ],
             *       "unsubscribes": [
             *         {
             *           "date": "xxxxxxxx",
             *           "channel": "xxxxxxxx",
             *           "count": 3
             *         }
             *       ],
             *       "totals": {
             *         "sent": 3,
             *         "delivered": 3,
             *         "opened": 3,
             *         "clicked": 3,
             *         "failed": 3,
             *         "suppressed": 3,
             *         "unsubscribed": 3
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'messaging_stats';
              from: string;
              to: string;
              /** @description The workspace’s time zone, whose calendar days these are. */
              time_zone: string;
              days: {
                date: string;
                channel: string;
                sent: number;
                delivered: number;
                opened: number;
                clicked: number;
                failed: number;
                suppressed: number;
              }[];
              unsubscribes: {
                date: string;
                channel: string;
                count: number;
              }[];
              totals: {
                sent: number;
                delivered: number;
                opened: number;
                clicked: number;
                failed: number;
                suppressed: number;
                unsubscribed: number;
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s consent on every channel and subscription topic */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "consent",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "channels": {
             *         "email": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "sms": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "line": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "zalo": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "whatsapp": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "push": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "webhook": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "in_app": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         }
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'consent';
              customer: string;
              channels: {
                email: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                sms: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                line: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                zalo: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                whatsapp: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                push: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                webhook: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                in_app: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Subscribe or unsubscribe a customer on a channel or one of its topics */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "channel": "email",
           *       "topic": "newsletter",
           *       "status": "subscribed",
           *       "source": "api"
           *     }
           */
          'application/json': {
            /** @enum {string} */
            channel: 'email' | 'sms' | 'line' | 'zalo' | 'whatsapp' | 'push' | 'webhook' | 'in_app';
            /**
             * @description A subscription topic; absent: the whole channel.
             * @enum {string}
             */
            topic?: 'newsletter' | 'offers' | 'loyalty_updates' | 'surveys';
            /**
             * @description With double opt-in, an email subscription is `pending` until the customer confirms.
             * @enum {string}
             */
            status: 'subscribed' | 'unsubscribed';
            /** @description Where the customer gave or withdrew consent (checkout, pos…); api by default, dashboard from the dashboard. */
            source?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "consent",
             *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "channels": {
             *         "email": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "sms": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "line": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "zalo": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "whatsapp": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "push": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "webhook": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         },
             *         "in_app": {
             *           "status": "subscribed",
             *           "source": "api",
             *           "changed_at": "2026-03-14T09:30:00.000Z",
             *           "topics": {
             *             "newsletter": "subscribed",
             *             "offers": "subscribed",
             *             "loyalty_updates": "subscribed",
             *             "surveys": "subscribed"
             *           }
             *         }
             *       }
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'consent';
              customer: string;
              channels: {
                email: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                sms: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                line: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                zalo: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                whatsapp: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                push: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                webhook: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
                in_app: {
                  /** @enum {string} */
                  status: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  /** @description Where the newest statement of this status came from. */
                  source: string | null;
                  /** @description When the newest statement of this status was made; the history has each change. */
                  changed_at: string | null;
                  topics: {
                    /** @enum {string} */
                    newsletter: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    offers: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    loyalty_updates: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                    /** @enum {string} */
                    surveys: 'subscribed' | 'unsubscribed' | 'pending' | 'never_asked';
                  };
                };
              };
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/consent/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change of a customer’s consent, with its source and time, newest recorded first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          /** @description cus_… or the shop’s own userId */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "consent_change",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "channel": "xxxxxxxx",
             *           "topic": "xxxxxxxx",
             *           "status": "subscribed",
             *           "source": "api",
             *           "detail": {},
             *           "changed_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'consent_change';
                id: string;
                channel: string;
                /** @description null: the channel itself. */
                topic: string | null;
                /** @enum {string} */
                status: 'subscribed' | 'unsubscribed' | 'pending';
                source: string;
                detail: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                changed_at: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/segments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List segments with their sizes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "segment",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Cà Phê Sài Gòn",
             *           "description": "Members earn 50 points for each product review, at most three a month.",
             *           "definition": {
             *             "trigger": {
             *               "type": "event",
             *               "event": "Review Submitted"
             *             },
             *             "reward": {
             *               "type": "fixed",
             *               "points": 50
             *             },
             *             "limits": {
             *               "max_per_period": {
             *                 "count": 3,
             *                 "period": "month"
             *               }
             *             }
             *           },
             *           "explanation": "xxxxxxxx",
             *           "ready_made": "xxxxxxxx",
             *           "status": "building",
             *           "members": 3,
             *           "rebuild": {
             *             "done": 3,
             *             "total": 1250000,
             *             "started_at": "2026-03-14T09:30:00.000Z",
             *             "finished_at": "2026-03-14T09:30:00.000Z"
             *           },
             *           "created_at": "2026-03-14T09:30:00.000Z",
             *           "updated_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false,
             *       "unavailable": [
             *         {
             *           "ready_made": "xxxxxxxx",
             *           "name": "Cà Phê Sài Gòn",
             *           "reason": "Goodwill for a late delivery"
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'segment';
                id: string;
                name: string;
                description: string | null;
                /** @description A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, {"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}. */
                definition: {
                  [key: string]: unknown;
                };
                /** @description Who is in it, in one sentence in the workspace language. */
                explanation: string;
                /** @description The ready-made segment it started as, if any. */
                ready_made: string | null;
                /**
                 * @description building: a full evaluation is running; its count grows.
                 * @enum {string}
                 */
                status: 'building' | 'live';
                members: number;
                rebuild: {
                  done: number;
                  total: number | null;
                  started_at: string;
                  finished_at: string | null;
                } | null;
                created_at: string;
                updated_at: string;
              }[];
              has_more: boolean;
              /** @description Ready-made segments retain cannot build yet, and why (promoters and detractors need surveys). */
              unavailable: {
                ready_made: string;
                name: string;
                reason: string;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Save a segment; its members are built in the background */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Cà Phê Sài Gòn",
           *       "description": "Members earn 50 points for each product review, at most three a month.",
           *       "definition": {
           *         "trigger": {
           *           "type": "event",
           *           "event": "Review Submitted"
           *         },
           *         "reward": {
           *           "type": "fixed",
           *           "points": 50
           *         },
           *         "limits": {
           *           "max_per_period": {
           *             "count": 3,
           *             "period": "month"
           *           }
           *         }
           *       }
           *     }
           */
          'application/json': {
            name: string;
            description?: string | null;
            /** @description A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, {"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}. */
            definition: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "segment",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "definition": {
             *         "trigger": {
             *           "type": "event",
             *           "event": "Review Submitted"
             *         },
             *         "reward": {
             *           "type": "fixed",
             *           "points": 50
             *         },
             *         "limits": {
             *           "max_per_period": {
             *             "count": 3,
             *             "period": "month"
             *           }
             *         }
             *       },
             *       "explanation": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "status": "building",
             *       "members": 3,
             *       "rebuild": {
             *         "done": 3,
             *         "total": 1250000,
             *         "started_at": "2026-03-14T09:30:00.000Z",
             *         "finished_at": "2026-03-14T09:30:00.000Z"
             *       },
             *       "created_at": "2026-03-14T09:30:00.000Z",
             *       "updated_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'segment';
              id: string;
              name: string;
              description: string | null;
              /** @description A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, {"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}. */
              definition: {
                [key: string]: unknown;
              };
              /** @description Who is in it, in one sentence in the workspace language. */
              explanation: string;
              /** @description The ready-made segment it started as, if any. */
              ready_made: string | null;
              /**
               * @description building: a full evaluation is running; its count grows.
               * @enum {string}
               */
              status: 'building' | 'live';
              members: number;
              rebuild: {
                done: number;
                total: number | null;
                started_at: string;
                finished_at: string | null;
              } | null;
              created_at: string;
              updated_at: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/segments/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A draft definition's size now and a few members, without saving */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "definition": {
           *         "trigger": {
           *           "type": "event",
           *           "event": "Review Submitted"
           *         },
           *         "reward": {
           *           "type": "fixed",
           *           "points": 50
           *         },
           *         "limits": {
           *           "max_per_period": {
           *             "count": 3,
           *             "period": "month"
           *           }
           *         }
           *       }
           *     }
           */
          'application/json': {
            /** @description A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, {"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}. */
            definition: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "count": 3,
             *       "sample": [
             *         {
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "email": "siriporn.w@example.co.th",
             *           "name": "Cà Phê Sài Gòn"
             *         }
             *       ],
             *       "explanation": "xxxxxxxx"
             *     }
             */
            'application/json': {
              count: number;
              sample: {
                id: string;
                email: string | null;
                name: string | null;
              }[];
              explanation: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/segments/fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a condition can name: fields, operators, the workspace's traits, events and segments */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "fields": [
             *         {
             *           "field": "xxxxxxxx",
             *           "type": "text",
             *           "family": "xxxxxxxx",
             *           "values": [
             *             "coffee & tea"
             *           ]
             *         }
             *       ],
             *       "operators": {},
             *       "traits": [
             *         "xxxxxxxx"
             *       ],
             *       "events": [
             *         "Order Completed"
             *       ],
             *       "segments": [
             *         {
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Cà Phê Sài Gòn"
             *         }
             *       ]
             *     }
             */
            'application/json': {
              fields: {
                field: string;
                /** @enum {string} */
                type: 'text' | 'number' | 'money' | 'boolean' | 'date';
                family: string;
                values?: string[];
              }[];
              operators: {
                [key: string]: string[];
              };
              traits: string[];
              events: string[];
              segments: {
                id: string;
                name: string;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/segments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A segment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "segment",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "definition": {
             *         "trigger": {
             *           "type": "event",
             *           "event": "Review Submitted"
             *         },
             *         "reward": {
             *           "type": "fixed",
             *           "points": 50
             *         },
             *         "limits": {
             *           "max_per_period": {
             *             "count": 3,
             *             "period": "month"
             *           }
             *         }
             *       },
             *       "explanation": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "status": "building",
             *       "members": 3,
             *       "rebuild": {
             *         "done": 3,
             *         "total": 1250000,
             *         "started_at": "2026-03-14T09:30:00.000Z",
             *         "finished_at": "2026-03-14T09:30:00.000Z"
             *       },
             *       "created_at": "2026-03-14T09:30:00.000Z",
             *       "updated_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'segment';
              id: string;
              name: string;
              description: string | null;
              /** @description A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, {"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}. */
              definition: {
                [key: string]: unknown;
              };
              /** @description Who is in it, in one sentence in the workspace language. */
              explanation: string;
              /** @description The ready-made segment it started as, if any. */
              ready_made: string | null;
              /**
               * @description building: a full evaluation is running; its count grows.
               * @enum {string}
               */
              status: 'building' | 'live';
              members: number;
              rebuild: {
                done: number;
                total: number | null;
                started_at: string;
                finished_at: string | null;
              } | null;
              created_at: string;
              updated_at: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a segment; its members leave it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "segment",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "deleted": true
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'segment';
              id: string;
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename a segment or change its definition (which rebuilds its members) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Cà Phê Sài Gòn",
           *       "description": "Members earn 50 points for each product review, at most three a month.",
           *       "definition": {
           *         "trigger": {
           *           "type": "event",
           *           "event": "Review Submitted"
           *         },
           *         "reward": {
           *           "type": "fixed",
           *           "points": 50
           *         },
           *         "limits": {
           *           "max_per_period": {
           *             "count": 3,
           *             "period": "month"
           *           }
           *         }
           *       }
           *     }
           */
          'application/json': {
            name?: string;
            description?: string | null;
            /** @description A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, {"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}. */
            definition?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "segment",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "definition": {
             *         "trigger": {
             *           "type": "event",
             *           "event": "Review Submitted"
             *         },
             *         "reward": {
             *           "type": "fixed",
             *           "points": 50
             *         },
             *         "limits": {
             *           "max_per_period": {
             *             "count": 3,
             *             "period": "month"
             *           }
             *         }
             *       },
             *       "explanation": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "status": "building",
             *       "members": 3,
             *       "rebuild": {
             *         "done": 3,
             *         "total": 1250000,
             *         "started_at": "2026-03-14T09:30:00.000Z",
             *         "finished_at": "2026-03-14T09:30:00.000Z"
             *       },
             *       "created_at": "2026-03-14T09:30:00.000Z",
             *       "updated_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'segment';
              id: string;
              name: string;
              description: string | null;
              /** @description A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, {"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}. */
              definition: {
                [key: string]: unknown;
              };
              /** @description Who is in it, in one sentence in the workspace language. */
              explanation: string;
              /** @description The ready-made segment it started as, if any. */
              ready_made: string | null;
              /**
               * @description building: a full evaluation is running; its count grows.
               * @enum {string}
               */
              status: 'building' | 'live';
              members: number;
              rebuild: {
                done: number;
                total: number | null;
                started_at: string;
                finished_at: string | null;
              } | null;
              created_at: string;
              updated_at: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/segments/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current members, by customer id */
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "external_id": "xxxxxxxx",
             *           "email": "siriporn.w@example.co.th",
             *           "name": "Cà Phê Sài Gòn",
             *           "entered_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                customer_id: string;
                external_id: string | null;
                email: string | null;
                name: string | null;
                entered_at: string;
              }[];
              has_more: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/segments/{id}/members.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every current member as CSV (customer_id, user_id, email, name, entered_at) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /** @example xxxxxxxx */
            'text/csv': string;
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/segments/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members at the end of each day, in the workspace time zone */
    get: {
      parameters: {
        query?: {
          days?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "data": [
             *         {
             *           "date": "xxxxxxxx",
             *           "members": 3
             *         }
             *       ]
             *     }
             */
            'application/json': {
              data: {
                date: string;
                members: number;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/segments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The segments a customer is in now */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "data": [
             *         {
             *           "segment_id": "xxxxxxxx",
             *           "name": "Cà Phê Sài Gòn",
             *           "entered_at": "2026-03-14T09:30:00.000Z"
             *         }
             *       ]
             *     }
             */
            'application/json': {
              data: {
                segment_id: string;
                name: string;
                entered_at: string;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List journeys with their counts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "journey",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "name": "Cà Phê Sài Gòn",
             *           "description": "Members earn 50 points for each product review, at most three a month.",
             *           "status": "draft",
             *           "live_version": 3,
             *           "draft": {},
             *           "entry_segment_id": "xxxxxxxx",
             *           "ready_made": "xxxxxxxx",
             *           "counts": {
             *             "entered": 3,
             *             "in_progress": 0,
             *             "converted": 3,
             *             "exited": 3,
             *             "completed": 3
             *           },
             *           "created": "2026-03-14T09:30:00.000Z",
             *           "updated": "2026-03-14T09:30:00.000Z"
             *         }
             *       ],
             *       "has_more": false,
             *       "unavailable": [
             *         {
             *           "ready_made": "xxxxxxxx",
             *           "name": "Cà Phê Sài Gòn",
             *           "purpose": "xxxxxxxx",
             *           "reason": "Goodwill for a late delivery"
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'journey';
                id: string;
                name: string;
                description: string | null;
                /** @enum {string} */
                status: 'draft' | 'live' | 'paused' | 'archived';
                live_version: number | null;
                /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
                draft: {
                  [key: string]: unknown;
                };
                /** @description The segment a lifecycle or date entry enters on. */
                entry_segment_id: string | null;
                ready_made: string | null;
                counts: {
                  entered: number;
                  in_progress: number;
                  converted: number;
                  exited: number;
                  completed: number;
                };
                created: string;
                updated: string;
              }[];
              /** @enum {boolean} */
              has_more: false;
              /** @description Ready-made journeys retain cannot offer yet, and why (the NPS ask needs surveys, the referral ask referrals). */
              unavailable: {
                ready_made: string;
                name: string;
                purpose: string;
                reason: string;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Save a journey as a draft; nobody enters it until it is published */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Cà Phê Sài Gòn",
           *       "description": "Members earn 50 points for each product review, at most three a month.",
           *       "graph": {}
           *     }
           */
          'application/json': {
            name: string;
            description?: string | null;
            /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
            graph: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "status": "draft",
             *       "live_version": 3,
             *       "draft": {},
             *       "entry_segment_id": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "counts": {
             *         "entered": 3,
             *         "in_progress": 0,
             *         "converted": 3,
             *         "exited": 3,
             *         "completed": 3
             *       },
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              status: 'draft' | 'live' | 'paused' | 'archived';
              live_version: number | null;
              /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
              draft: {
                [key: string]: unknown;
              };
              /** @description The segment a lifecycle or date entry enters on. */
              entry_segment_id: string | null;
              ready_made: string | null;
              counts: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
              };
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A journey */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "status": "draft",
             *       "live_version": 3,
             *       "draft": {},
             *       "entry_segment_id": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "counts": {
             *         "entered": 3,
             *         "in_progress": 0,
             *         "converted": 3,
             *         "exited": 3,
             *         "completed": 3
             *       },
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              status: 'draft' | 'live' | 'paused' | 'archived';
              live_version: number | null;
              /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
              draft: {
                [key: string]: unknown;
              };
              /** @description The segment a lifecycle or date entry enters on. */
              entry_segment_id: string | null;
              ready_made: string | null;
              counts: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
              };
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the draft, name or description (a live journey walks its published version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "name": "Cà Phê Sài Gòn",
           *       "description": "Members earn 50 points for each product review, at most three a month.",
           *       "graph": {}
           *     }
           */
          'application/json': {
            name?: string;
            description?: string | null;
            /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
            graph?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "status": "draft",
             *       "live_version": 3,
             *       "draft": {},
             *       "entry_segment_id": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "counts": {
             *         "entered": 3,
             *         "in_progress": 0,
             *         "converted": 3,
             *         "exited": 3,
             *         "completed": 3
             *       },
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              status: 'draft' | 'live' | 'paused' | 'archived';
              live_version: number | null;
              /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
              draft: {
                [key: string]: unknown;
              };
              /** @description The segment a lifecycle or date entry enters on. */
              entry_segment_id: string | null;
              ready_made: string | null;
              counts: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
              };
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/journeys/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the draft as a new version and make the journey live */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "in_flight": {
           *         "mode": "stay"
           *       }
           *     }
           */
          'application/json': {
            /** @description Runs in flight stay on their version (default) or move to this node of the new one. */
            in_flight?:
              | {
                  /** @enum {string} */
                  mode: 'stay';
                }
              | {
                  /** @enum {string} */
                  mode: 'move';
                  node: string;
                };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey_version",
             *       "journey_id": "xxxxxxxx",
             *       "version": 3,
             *       "graph": {},
             *       "in_flight": {},
             *       "published": "xxxxxxxx",
             *       "published_by": "xxxxxxxx"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey_version';
              journey_id: string;
              version: number;
              /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
              graph: {
                [key: string]: unknown;
              };
              /** @description What happened to runs in flight: stay, or move to a node. */
              in_flight: {
                [key: string]: unknown;
              };
              published: string;
              published_by: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause a live journey: runs hold where they are and nobody enters */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "status": "draft",
             *       "live_version": 3,
             *       "draft": {},
             *       "entry_segment_id": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "counts": {
             *         "entered": 3,
             *         "in_progress": 0,
             *         "converted": 3,
             *         "exited": 3,
             *         "completed": 3
             *       },
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              status: 'draft' | 'live' | 'paused' | 'archived';
              live_version: number | null;
              /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
              draft: {
                [key: string]: unknown;
              };
              /** @description The segment a lifecycle or date entry enters on. */
              entry_segment_id: string | null;
              ready_made: string | null;
              counts: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
              };
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume a paused journey: due runs catch up, messages past their lateness limit are skipped */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "status": "draft",
             *       "live_version": 3,
             *       "draft": {},
             *       "entry_segment_id": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "counts": {
             *         "entered": 3,
             *         "in_progress": 0,
             *         "converted": 3,
             *         "exited": 3,
             *         "completed": 3
             *       },
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              status: 'draft' | 'live' | 'paused' | 'archived';
              live_version: number | null;
              /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
              draft: {
                [key: string]: unknown;
              };
              /** @description The segment a lifecycle or date entry enters on. */
              entry_segment_id: string | null;
              ready_made: string | null;
              counts: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
              };
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a journey: its open runs end and nobody enters */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "name": "Cà Phê Sài Gòn",
             *       "description": "Members earn 50 points for each product review, at most three a month.",
             *       "status": "draft",
             *       "live_version": 3,
             *       "draft": {},
             *       "entry_segment_id": "xxxxxxxx",
             *       "ready_made": "xxxxxxxx",
             *       "counts": {
             *         "entered": 3,
             *         "in_progress": 0,
             *         "converted": 3,
             *         "exited": 3,
             *         "completed": 3
             *       },
             *       "created": "2026-03-14T09:30:00.000Z",
             *       "updated": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey';
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              status: 'draft' | 'live' | 'paused' | 'archived';
              live_version: number | null;
              /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
              draft: {
                [key: string]: unknown;
              };
              /** @description The segment a lifecycle or date entry enters on. */
              entry_segment_id: string | null;
              ready_made: string | null;
              counts: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
              };
              created: string;
              updated: string;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published versions, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "journey_version",
             *           "journey_id": "xxxxxxxx",
             *           "version": 3,
             *           "graph": {},
             *           "in_flight": {},
             *           "published": "xxxxxxxx",
             *           "published_by": "xxxxxxxx"
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'journey_version';
                journey_id: string;
                version: number;
                /** @description The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module). */
                graph: {
                  [key: string]: unknown;
                };
                /** @description What happened to runs in flight: stay, or move to a node. */
                in_flight: {
                  [key: string]: unknown;
                };
                published: string;
                published_by: string | null;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Entered, in progress, converted, exited, runs at each node, and the lift over the holdout with its 95% interval */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey_report",
             *       "journey_id": "xxxxxxxx",
             *       "currency": "VND",
             *       "total": {
             *         "entered": 3,
             *         "in_progress": 0,
             *         "converted": 3,
             *         "exited": 3,
             *         "completed": 3,
             *         "at_nodes": {},
             *         "treated": {
             *           "entries": 3,
             *           "conversions": 3,
             *           "revenue_minor": 1250000
             *         },
             *         "held_out": {
             *           "entries": 3,
             *           "conversions": 3,
             *           "revenue_minor": 1250000
             *         },
             *         "lift": {
             *           "enough_data": true,
             *           "reason": "Goodwill for a late delivery",
             *           "conversion_rate": {
             *             "treated": 3,
             *             "held_out": 3,
             *             "lift": 3,
             *             "low": 3,
             *             "high": 3
             *           },
             *           "revenue_per_entry_minor": {
             *             "treated": 3,
             *             "held_out": 3,
             *             "lift": 3,
             *             "low": 3,
             *             "high": 3
             *           }
             *         }
             *       },
             *       "versions": [
             *         {
             *           "entered": 3,
             *           "in_progress": 0,
             *           "converted": 3,
             *           "exited": 3,
             *           "completed": 3,
             *           "at_nodes": {},
             *           "treated": {
             *             "entries": 3,
             *             "conversions": 3,
             *             "revenue_minor": 1250000
             *           },
             *           "held_out": {
             *             "entries": 3,
             *             "conversions": 3,
             *             "revenue_minor": 1250000
             *           },
             *           "lift": {
             *             "enough_data": true,
             *             "reason": "Goodwill for a late delivery",
             *             "conversion_rate": {
             *               "treated": 3,
             *               "held_out": 3,
             *               "lift": 3,
             *               "low": 3,
             *               "high": 3
             *             },
             *             "revenue_per_entry_minor": {
             *               "treated": 3,
             *               "held_out": 3,
             *               "lift": 3,
             *               "low": 3,
             *               "high": 3
             *             }
             *           },
             *           "version": 3
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey_report';
              journey_id: string;
              currency: string;
              total: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
                /** @description Runs at each node now. */
                at_nodes: {
                  [key: string]: number;
                };
                treated: {
                  entries: number;
                  conversions: number;
                  revenue_minor: number;
                };
                held_out: {
                  entries: number;
                  conversions: number;
                  revenue_minor: number;
                };
                lift: {
                  enough_data: boolean;
                  reason: string | null;
                  conversion_rate: {
                    treated: number;
                    held_out: number;
                    lift: number;
                    /** @description The 95% interval; null while there is not enough data. */
                    low: number | null;
                    high: number | null;
                  } | null;
                  revenue_per_entry_minor: {
                    treated: number;
                    held_out: number;
                    lift: number;
                    /** @description The 95% interval; null while there is not enough data. */
                    low: number | null;
                    high: number | null;
                  } | null;
                };
              } | null;
              versions: {
                entered: number;
                in_progress: number;
                converted: number;
                exited: number;
                completed: number;
                /** @description Runs at each node now. */
                at_nodes: {
                  [key: string]: number;
                };
                treated: {
                  entries: number;
                  conversions: number;
                  revenue_minor: number;
                };
                held_out: {
                  entries: number;
                  conversions: number;
                  revenue_minor: number;
                };
                lift: {
                  enough_data: boolean;
                  reason: string | null;
                  conversion_rate: {
                    treated: number;
                    held_out: number;
                    lift: number;
                    /** @description The 95% interval; null while there is not enough data. */
                    low: number | null;
                    high: number | null;
                  } | null;
                  revenue_per_entry_minor: {
                    treated: number;
                    held_out: number;
                    lift: number;
                    /** @description The 95% interval; null while there is not enough data. */
                    low: number | null;
                    high: number | null;
                  } | null;
                };
                version: number;
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enter a customer into a live journey whose entry is by API (under its re-entry rule) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "customer": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
           *       "entry_key": "xxxxxxxx",
           *       "properties": {
           *         "order_id": "VN-10428",
           *         "total": 1250000,
           *         "currency": "VND",
           *         "products": [
           *           {
           *             "product_id": "SKU-CF-250",
           *             "name": "Cà phê Robusta 250g",
           *             "price": 250000,
           *             "quantity": 5,
           *             "category": "coffee & tea"
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': {
            /** @description The customer: retain id (cus_…) or the shop’s user id. */
            customer: string;
            entry_key?: string;
            /** @description Data the journey’s messages may read. */
            properties?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey_entry",
             *       "entered": true,
             *       "run": {
             *         "object": "journey_run",
             *         "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "journey_id": "xxxxxxxx",
             *         "journey_name": "xxxxxxxx",
             *         "version": 3,
             *         "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "entry_key": "xxxxxxxx",
             *         "node": "xxxxxxxx",
             *         "state": "active",
             *         "wake_at": "2026-03-14T09:30:00.000Z",
             *         "holdout": true,
             *         "entered_at": "2026-03-14T09:30:00.000Z",
             *         "converted_at": "2026-03-14T09:30:00.000Z",
             *         "outcome": "xxxxxxxx",
             *         "outcome_reason": "xxxxxxxx",
             *         "last_step": {
             *           "seq": 3,
             *           "node": "xxxxxxxx",
             *           "at": "2026-03-14T09:30:00.000Z",
             *           "action": "xxxxxxxx",
             *           "detail": {}
             *         },
             *         "steps": [
             *           {
             *             "seq": 3,
             *             "node": "xxxxxxxx",
             *             "at": "2026-03-14T09:30:00.000Z",
             *             "action": "xxxxxxxx",
             *             "detail": {}
             *           }
             *         ]
             *       },
             *       "refused": "already_in",
             *       "eligible_again_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey_entry';
              entered: boolean;
              run: {
                /** @enum {string} */
                object: 'journey_run';
                id: string;
                journey_id: string;
                journey_name?: string;
                version: number;
                customer_id: string;
                entry_key: string;
                node: string | null;
                /** @enum {string} */
                state: 'active' | 'waiting' | 'ended';
                wake_at: string | null;
                holdout: boolean;
                entered_at: string;
                converted_at: string | null;
                outcome: string | null;
                outcome_reason: string | null;
                last_step?: {
                  seq: number;
                  node: string | null;
                  at: string;
                  action: string;
                  detail: {
                    [key: string]: unknown;
                  };
                } | null;
                steps?: {
                  seq: number;
                  node: string | null;
                  at: string;
                  action: string;
                  detail: {
                    [key: string]: unknown;
                  };
                }[];
              } | null;
              refused: ('already_in' | 'reentry_never' | 'reentry_period') | null;
              eligible_again_at: string | null;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey_entry",
             *       "entered": true,
             *       "run": {
             *         "object": "journey_run",
             *         "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "journey_id": "xxxxxxxx",
             *         "journey_name": "xxxxxxxx",
             *         "version": 3,
             *         "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *         "entry_key": "xxxxxxxx",
             *         "node": "xxxxxxxx",
             *         "state": "active",
             *         "wake_at": "2026-03-14T09:30:00.000Z",
             *         "holdout": true,
             *         "entered_at": "2026-03-14T09:30:00.000Z",
             *         "converted_at": "2026-03-14T09:30:00.000Z",
             *         "outcome": "xxxxxxxx",
             *         "outcome_reason": "xxxxxxxx",
             *         "last_step": {
             *           "seq": 3,
             *           "node": "xxxxxxxx",
             *           "at": "2026-03-14T09:30:00.000Z",
             *           "action": "xxxxxxxx",
             *           "detail": {}
             *         },
             *         "steps": [
             *           {
             *             "seq": 3,
             *             "node": "xxxxxxxx",
             *             "at": "2026-03-14T09:30:00.000Z",
             *             "action": "xxxxxxxx",
             *             "detail": {}
             *           }
             *         ]
             *       },
             *       "refused": "already_in",
             *       "eligible_again_at": "2026-03-14T09:30:00.000Z"
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey_entry';
              entered: boolean;
              run: {
                /** @enum {string} */
                object: 'journey_run';
                id: string;
                journey_id: string;
                journey_name?: string;
                version: number;
                customer_id: string;
                entry_key: string;
                node: string | null;
                /** @enum {string} */
                state: 'active' | 'waiting' | 'ended';
                wake_at: string | null;
                holdout: boolean;
                entered_at: string;
                converted_at: string | null;
                outcome: string | null;
                outcome_reason: string | null;
                last_step?: {
                  seq: number;
                  node: string | null;
                  at: string;
                  action: string;
                  detail: {
                    [key: string]: unknown;
                  };
                } | null;
                steps?: {
                  seq: number;
                  node: string | null;
                  at: string;
                  action: string;
                  detail: {
                    [key: string]: unknown;
                  };
                }[];
              } | null;
              refused: ('already_in' | 'reentry_never' | 'reentry_period') | null;
              eligible_again_at: string | null;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/runs/{run}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A run and its history: each node it passed and what happened there */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          run: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey_run",
             *       "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "journey_id": "xxxxxxxx",
             *       "journey_name": "xxxxxxxx",
             *       "version": 3,
             *       "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *       "entry_key": "xxxxxxxx",
             *       "node": "xxxxxxxx",
             *       "state": "active",
             *       "wake_at": "2026-03-14T09:30:00.000Z",
             *       "holdout": true,
             *       "entered_at": "2026-03-14T09:30:00.000Z",
             *       "converted_at": "2026-03-14T09:30:00.000Z",
             *       "outcome": "xxxxxxxx",
             *       "outcome_reason": "xxxxxxxx",
             *       "last_step": {
             *         "seq": 3,
             *         "node": "xxxxxxxx",
             *         "at": "2026-03-14T09:30:00.000Z",
             *         "action": "xxxxxxxx",
             *         "detail": {}
             *       },
             *       "steps": [
             *         {
             *           "seq": 3,
             *           "node": "xxxxxxxx",
             *           "at": "2026-03-14T09:30:00.000Z",
             *           "action": "xxxxxxxx",
             *           "detail": {}
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey_run';
              id: string;
              journey_id: string;
              journey_name?: string;
              version: number;
              customer_id: string;
              entry_key: string;
              node: string | null;
              /** @enum {string} */
              state: 'active' | 'waiting' | 'ended';
              wake_at: string | null;
              holdout: boolean;
              entered_at: string;
              converted_at: string | null;
              outcome: string | null;
              outcome_reason: string | null;
              last_step?: {
                seq: number;
                node: string | null;
                at: string;
                action: string;
                detail: {
                  [key: string]: unknown;
                };
              } | null;
              steps?: {
                seq: number;
                node: string | null;
                at: string;
                action: string;
                detail: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/journeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's journey runs, newest first: where each is and why */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "list",
             *       "data": [
             *         {
             *           "object": "journey_run",
             *           "id": "evt_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "journey_id": "xxxxxxxx",
             *           "journey_name": "xxxxxxxx",
             *           "version": 3,
             *           "customer_id": "cus_01JF3Q8W5ZK7M2N4P6R8T0V2X4",
             *           "entry_key": "xxxxxxxx",
             *           "node": "xxxxxxxx",
             *           "state": "active",
             *           "wake_at": "2026-03-14T09:30:00.000Z",
             *           "holdout": true,
             *           "entered_at": "2026-03-14T09:30:00.000Z",
             *           "converted_at": "2026-03-14T09:30:00.000Z",
             *           "outcome": "xxxxxxxx",
             *           "outcome_reason": "xxxxxxxx",
             *           "last_step": {
             *             "seq": 3,
             *             "node": "xxxxxxxx",
             *             "at": "2026-03-14T09:30:00.000Z",
             *             "action": "xxxxxxxx",
             *             "detail": {}
             *           },
             *           "steps": [
             *             {
             *               "seq": 3,
             *               "node": "xxxxxxxx",
             *               "at": "2026-03-14T09:30:00.000Z",
             *               "action": "xxxxxxxx",
             *               "detail": {}
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'list';
              data: {
                /** @enum {string} */
                object: 'journey_run';
                id: string;
                journey_id: string;
                journey_name?: string;
                version: number;
                customer_id: string;
                entry_key: string;
                node: string | null;
                /** @enum {string} */
                state: 'active' | 'waiting' | 'ended';
                wake_at: string | null;
                holdout: boolean;
                entered_at: string;
                converted_at: string | null;
                outcome: string | null;
                outcome_reason: string | null;
                last_step?: {
                  seq: number;
                  node: string | null;
                  at: string;
                  action: string;
                  detail: {
                    [key: string]: unknown;
                  };
                } | null;
                steps?: {
                  seq: number;
                  node: string | null;
                  at: string;
                  action: string;
                  detail: {
                    [key: string]: unknown;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/journeys/{id}/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replay a draft over the last days of the log: entries, where runs would be, messages per channel */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "days": 30,
           *       "graph": {}
           *     }
           */
          'application/json': {
            /**
             * @description Days of the log to replay, up to today (1–90).
             * @default 30
             */
            days?: number;
            /** @description A draft to replay; the journey's saved draft when absent. */
            graph?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            /**
             * @example {
             *       "object": "journey_simulation",
             *       "journey_id": "xxxxxxxx",
             *       "days": 30,
             *       "from": "2026-03-14T09:30:00.000Z",
             *       "replayed_to": "2026-03-14T09:30:00.000Z",
             *       "entry_replayed": true,
             *       "entry_not_replayed_reason": "api_entry",
             *       "branches_evaluated_at": "now",
             *       "entered": 3,
             *       "customers": 2426,
             *       "holdout": 3,
             *       "refused": {
             *         "already_in": 3,
             *         "reentry_never": 3,
             *         "reentry_period": 3,
             *         "missing_entry_key": 3
             *       },
             *       "in_progress": 0,
             *       "at_nodes": {},
             *       "ended": {
             *         "completed": 3,
             *         "converted": 3,
             *         "exited": 3
             *       },
             *       "conversions": 3,
             *       "messages": {},
             *       "messages_held_out": 3,
             *       "messages_late": 3,
             *       "points": 1250,
             *       "coupons": 3,
             *       "events_replayed": 3,
             *       "truncated": false
             *     }
             */
            'application/json': {
              /** @enum {string} */
              object: 'journey_simulation';
              journey_id: string;
              days: number;
              from: string;
              /** @description Now, or the last event replayed when the replay was truncated. */
              replayed_to: string;
              entry_replayed: boolean;
              /** @description API entries are not in the log; a lifecycle or date entry has its segment once a version with it is published. */
              entry_not_replayed_reason: ('api_entry' | 'entry_segment_not_kept') | null;
              /**
               * @description Branch conditions read today's facts, once, for every run.
               * @enum {string}
               */
              branches_evaluated_at: 'now';
              entered: number;
              customers: number;
              /** @description Entries held out: they walk the journey without its messages and incentives. */
              holdout: number;
              refused: {
                /** @description A run with the same customer and entry key was still open. */
                already_in: number;
                reentry_never: number;
                reentry_period: number;
                /** @description Entry events without the entry key’s property. */
                missing_entry_key: number;
              };
              in_progress: number;
              /** @description Runs still at each node (a delay or a wait) at the end of the replay. */
              at_nodes: {
                [key: string]: number;
              };
              ended: {
                completed: number;
                converted: number;
                exited: number;
              };
              /** @description Runs that reached the goal, including those that went on or had completed. */
              conversions: number;
              /** @description Messages each channel would have been given, held-out and late ones excluded. */
              messages: {
                [key: string]: number;
              };
              messages_held_out: number;
              messages_late: number;
              points: number;
              coupons: number;
              events_replayed: number;
              /** @description The replay stopped at its bound of events or customers. */
              truncated: boolean;
            };
          };
        };
        /** @description Invalid request: a parameter, the body or the URL (invalid_request_error). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No valid API key or session (authentication_error). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The key or the signed-in user may not do this (permission_error). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The resource the request names does not exist (not_found_error). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is over the size limit. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A path parameter is too long. */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body’s Content-Type or Content-Encoding is not read here. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description A business rule refused the request, or the Idempotency-Key was used with another request. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives (rate_limit_error). */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error: {
        /**
         * @description The kind of error; it decides the HTTP status.
         * @enum {string}
         */
        type:
          | 'invalid_request_error'
          | 'authentication_error'
          | 'permission_error'
          | 'not_found_error'
          | 'conflict_error'
          | 'business_rule_error'
          | 'rate_limit_error'
          | 'api_error';
        /** @description Stable, for programs to branch on: one of the codes in docs/errors.md. */
        code: string;
        /** @description For people; its wording may change. */
        message: string;
        /** @description The parameter at fault, e.g. `batch[2].userId`. */
        param?: string;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
