/** `pnpm demo:web`: starts the web chat on a free loopback port and prints its URL (Ctrl+C stops it). */
import { pickModel } from '@apiwire/example-demo/pick-model';
import { startWebChat } from './start-web-chat';

const { model, label, scripted } = await pickModel();
const chat = await startWebChat({ model, modelLabel: label, scripted, port: Number(process.env.PORT ?? 0) });
console.log(`apiwire web chat: the model is ${label}.`);
console.log(`Open ${chat.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void chat.close().then(() => process.exit(0));
  });
}
