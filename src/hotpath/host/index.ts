export type { HostCallOptions, HostClient, HostReply } from './host-client';
export { HttpHostClient, type HttpHostClientOptions } from './http-host-client';
export { ChannelHostClient, type ChannelSocket } from './channel-host-client';
